<?php

declare(strict_types=1);

namespace Minirouter\Routing;

use Minirouter\Http\HttpMethod;
use RuntimeException;
use Throwable;

/**
 * Raised when a request cannot be dispatched. The HTTP status to answer
 * with is carried as the exception code.
 */
class RoutingException extends RuntimeException
{
    /** @var list<string> */
    private array $allowed = [];

    public function __construct(string $message, int $status, ?Throwable $previous = null)
    {
        parent::__construct($message, $status, $previous);
    }

    public static function notFound(string $path): self
    {
        return new self(sprintf('No route matches "%s"', $path), 404);
    }

    /**
     * @param list<HttpMethod> $allowed
     */
    public static function methodNotAllowed(HttpMethod $method, string $path, array $allowed): self
    {
        $e = new self("{$method->value} is not allowed for {$path}", 405);
        $e->allowed = array_map(static fn (HttpMethod $m): string => $m->value, $allowed);
        return $e;
    }

    public function status(): int
    {
        return $this->getCode();
    }

    /** Value for the "Allow" response header. */
    public function allowHeader(): string
    {
        return implode(', ', $this->allowed);
    }
}
