<?php

declare(strict_types=1);

namespace Minirouter\Routing;

use Closure;
use Minirouter\Http\HttpMethod;
use Minirouter\Middleware\Middleware;

/**
 * A single route: a method, a path template like "/todos/{id:\d+}" and a handler.
 */
final class Route
{
    private const PARAM = '#\{([a-zA-Z_][a-zA-Z0-9_]*)(?::([^}]+))?\}#';

    private ?string $regex = null;

    /** @var list<string> */
    private array $parameterNames = [];

    /** @var list<Middleware|class-string|callable> */
    public array $middleware = [];

    public function __construct(
        public readonly HttpMethod $method,
        public readonly string $template,
        public readonly Closure $handler,
        public ?string $name = null,
    ) {
    }

    /** Compiles the template into a regular expression, once. */
    private function compile(): string
    {
        if ($this->regex !== null) {
            return $this->regex;
        }
        $this->parameterNames = [];
        $pattern = preg_replace_callback(self::PARAM, function (array $m): string {
            $this->parameterNames[] = $m[1];
            $constraint = $m[2] ?? '[^/]+';
            return '(?P<' . $m[1] . '>' . $constraint . ')';
        }, rtrim($this->template, '/') ?: '/');

        return $this->regex = '#^' . $pattern . '/?$#';
    }

    /**
     * Matches a path and returns the extracted parameters, or null.
     *
     * @return array<string, string>|null
     */
    public function match(string $path): ?array
    {
        if (!preg_match($this->compile(), $path, $matches)) {
            return null;
        }

        return array_filter(
            $matches,
            fn ($key) => is_string($key),
            ARRAY_FILTER_USE_KEY,
        );
    }

    /** Builds a URL for this route, e.g. url(['id' => 7]) -> "/todos/7". */
    public function url(array $params = []): string
    {
        $this->compile();
        $missing = array_diff($this->parameterNames, array_keys($params));
        if ($missing !== []) {
            throw new \InvalidArgumentException('missing parameters: ' . implode(', ', $missing));
        }

        return preg_replace_callback(
            self::PARAM,
            static fn (array $m): string => rawurlencode((string) $params[$m[1]]),
            $this->template,
        );
    }

    public function middleware(Middleware|string|callable ...$middleware): self
    {
        array_push($this->middleware, ...$middleware);
        return $this;
    }

    public function name(string $name): self
    {
        $this->name = $name;
        return $this;
    }
}
