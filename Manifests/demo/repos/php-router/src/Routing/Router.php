<?php

declare(strict_types=1);

namespace Minirouter\Routing;

use Closure;
use Minirouter\Http\HttpMethod;
use Minirouter\Http\Request;
use Minirouter\Http\Response;
use Minirouter\Middleware\Middleware;

/**
 * Matches requests against registered routes and runs the middleware pipeline.
 */
class Router
{
    /** @var list<Route> */
    private array $routes = [];

    /** @var list<Middleware> */
    private array $globalMiddleware = [];

    public function add(HttpMethod $method, string $path, callable $handler): Route
    {
        $route = new Route($method, $path, Closure::fromCallable($handler));
        $this->routes[] = $route;
        return $route;
    }

    public function get(string $path, callable $handler): Route
    {
        return $this->add(HttpMethod::GET, $path, $handler);
    }

    public function pipe(Middleware ...$middleware): static
    {
        $this->globalMiddleware = [...$this->globalMiddleware, ...$middleware];
        return $this;
    }

    /** Registers every method of $controller carrying an #[Endpoint] attribute. */
    public function registerController(object $controller): void
    {
        foreach (Endpoint::scan($controller) as $methodName => $endpoint) {
            $route = $this->add($endpoint->method, $endpoint->path, [$controller, $methodName]);
            $route->middleware(...$endpoint->middleware);
            $route->name = $endpoint->name;
        }
    }

    public function urlFor(string $name, array $params = []): string
    {
        foreach ($this->routes as $route) {
            if ($route->name === $name) {
                return $route->url($params);
            }
        }
        throw new \OutOfBoundsException("unknown route name '{$name}'");
    }

    public function dispatch(Request $request): Response
    {
        $pipeline = self::wrap($this->globalMiddleware, fn (Request $req): Response => $this->route($req));

        try {
            return $pipeline($request);
        } catch (RoutingException $e) {
            $response = Response::error($e->status(), $e->getMessage());
            return $e->status() === 405 ? $response->withHeader('Allow', $e->allowHeader()) : $response;
        } catch (\JsonException $e) {
            return Response::error(400, 'invalid JSON: ' . $e->getMessage());
        }
    }

    private function route(Request $request): Response
    {
        $allowed = [];
        foreach ($this->routes as $route) {
            $params = $route->match($request->path);
            if ($params === null) {
                continue;
            }
            if ($route->method !== $request->method) {
                $allowed[] = $route->method;
                continue;
            }
            $handler = $route->handler;
            $core = static function (Request $r) use ($handler): Response {
                $result = $handler($r);
                return $result instanceof Response ? $result : Response::json($result);
            };
            return self::wrap($route->middleware, $core)($request->withAttributes($params));
        }

        throw $allowed === []
            ? RoutingException::notFound($request->path)
            : RoutingException::methodNotAllowed($request->method, $request->path, $allowed);
    }

    /**
     * Wraps $core in the given middleware; the first one runs outermost.
     * Entries may be Middleware instances, class names or plain callables.
     *
     * @param list<Middleware|class-string|callable> $middleware
     */
    private static function wrap(array $middleware, callable $core): callable
    {
        return array_reduce(
            array_reverse($middleware),
            static function (callable $next, $mw): callable {
                $instance = is_string($mw) && class_exists($mw) ? new $mw() : $mw;
                return $instance instanceof Middleware
                    ? static fn (Request $r): Response => $instance->process($r, $next)
                    : static fn (Request $r): Response => $instance($r, $next);
            },
            $core,
        );
    }
}
