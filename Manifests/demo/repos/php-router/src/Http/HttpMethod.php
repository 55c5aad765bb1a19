<?php

declare(strict_types=1);

namespace Minirouter\Http;

/**
 * HTTP request methods understood by the router.
 */
enum HttpMethod: string
{
    case GET = 'GET';
    case POST = 'POST';
    case PUT = 'PUT';
    case PATCH = 'PATCH';
    case DELETE = 'DELETE';
    case OPTIONS = 'OPTIONS';
    case HEAD = 'HEAD';

    /** Safe methods must not change server state. */
    public function isSafe(): bool
    {
        return match ($this) {
            self::GET, self::HEAD, self::OPTIONS => true,
            default => false,
        };
    }

    public function allowsBody(): bool
    {
        return in_array($this, [self::POST, self::PUT, self::PATCH], true);
    }

    /**
     * Parses a method name case-insensitively.
     *
     * @throws \ValueError when the method is unknown
     */
    public static function parse(string $name): self
    {
        return self::from(strtoupper(trim($name)));
    }
}
