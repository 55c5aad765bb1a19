<?php

declare(strict_types=1);

namespace Minirouter\Http;

use JsonException;

/**
 * Immutable HTTP request. "with" methods return modified copies.
 */
final class Request
{
    /** @var array<string, string> */
    private array $attributes = [];

    /**
     * @param array<string, string> $headers lower-cased header names
     * @param array<string, string|array<string>> $query
     */
    public function __construct(
        public readonly HttpMethod $method,
        public readonly string $path,
        private array $headers = [],
        public readonly array $query = [],
        public readonly string $body = '',
    ) {
        $this->headers = array_change_key_case($headers, CASE_LOWER);
    }

    public static function fromGlobals(): self
    {
        $uri = $_SERVER['REQUEST_URI'] ?? '/';
        $headers = [];
        foreach ($_SERVER as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[str_replace('_', '-', substr($key, 5))] = (string) $value;
            }
        }

        return new self(
            HttpMethod::parse($_SERVER['REQUEST_METHOD'] ?? 'GET'),
            parse_url($uri, PHP_URL_PATH) ?: '/',
            $headers,
            $_GET,
            (string) file_get_contents('php://input'),
        );
    }

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }

    public function withHeader(string $name, string $value): static
    {
        $clone = clone $this;
        $clone->headers[strtolower($name)] = $value;
        return $clone;
    }

    /** Route parameters such as {id} are stored as attributes. */
    public function withAttributes(array $attributes): static
    {
        $clone = clone $this;
        $clone->attributes = $attributes + $this->attributes;
        return $clone;
    }

    public function attribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    /**
     * Decodes a JSON body.
     *
     * @return array<string, mixed>
     * @throws JsonException on malformed JSON
     */
    public function json(): array
    {
        if ($this->body === '') {
            return [];
        }
        $data = json_decode($this->body, true, 64, JSON_THROW_ON_ERROR);
        return is_array($data) ? $data : ['value' => $data];
    }
}
