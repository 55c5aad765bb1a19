<?php

declare(strict_types=1);

namespace Minirouter\Middleware;

use Minirouter\Http\HttpMethod;
use Minirouter\Http\Request;
use Minirouter\Http\Response;

/**
 * Adds CORS headers and answers pre-flight OPTIONS requests directly.
 */
final class CorsMiddleware implements Middleware
{
    private const DEFAULT_HEADERS = ['Content-Type', 'Authorization'];

    /**
     * @param list<string> $allowedOrigins origins, or ['*'] for any
     */
    public function __construct(
        private readonly array $allowedOrigins = ['*'],
        private readonly int $maxAge = 600,
    ) {
    }

    public function process(Request $request, callable $next): Response
    {
        $origin = $request->header('Origin');
        if ($origin === null) {
            return $next($request);
        }
        if (!$this->isAllowed($origin)) {
            return Response::error(403, "origin {$origin} is not allowed");
        }

        $response = $request->method === HttpMethod::OPTIONS
            ? Response::noContent()->withHeader('Access-Control-Max-Age', (string) $this->maxAge)
            : $next($request);

        return $response
            ->withHeader('Access-Control-Allow-Origin', $origin)
            ->withHeader('Access-Control-Allow-Headers', implode(', ', self::DEFAULT_HEADERS))
            ->withHeader('Vary', 'Origin');
    }

    private function isAllowed(string $origin): bool
    {
        foreach ($this->allowedOrigins as $allowed) {
            if ($allowed === '*' || strcasecmp($allowed, $origin) === 0) {
                return true;
            }
            // "*.example.com" allows any sub-domain
            if (str_starts_with($allowed, '*.') && str_ends_with($origin, substr($allowed, 1))) {
                return true;
            }
        }

        return false;
    }
}
