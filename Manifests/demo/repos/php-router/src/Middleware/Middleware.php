<?php

declare(strict_types=1);

namespace Minirouter\Middleware;

use Minirouter\Http\Request;
use Minirouter\Http\Response;

/**
 * A middleware wraps the next handler of the pipeline. It may short-circuit
 * by returning a response without calling $next, or decorate the response
 * returned by $next:
 *
 *     final class Timing implements Middleware
 *     {
 *         public function process(Request $request, callable $next): Response
 *         {
 *             $start = hrtime(true);
 *             $response = $next($request);
 *             $ms = (hrtime(true) - $start) / 1e6;
 *             return $response->withHeader('Server-Timing', "app;dur={$ms}");
 *         }
 *     }
 *
 * Middleware is registered globally with Router::pipe() or per route with
 * Route::middleware(), either as an instance or as a class name.
 */
interface Middleware
{
    /**
     * Handles the request, usually by delegating to $next.
     *
     * @param callable(Request): Response $next the rest of the pipeline
     */
    public function process(Request $request, callable $next): Response;
}
