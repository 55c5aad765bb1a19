<?php

declare(strict_types=1);

namespace Minirouter\Http;

/**
 * A mutable HTTP response with fluent setters.
 */
class Response
{
    public const STATUS_TEXTS = [
        200 => 'OK',
        201 => 'Created',
        204 => 'No Content',
        400 => 'Bad Request',
        401 => 'Unauthorized',
        404 => 'Not Found',
        405 => 'Method Not Allowed',
        500 => 'Internal Server Error',
    ];

    /** @var array<string, string> */
    private array $headers = ['content-type' => 'text/plain; charset=utf-8'];

    public function __construct(private int $status = 200, private string $body = '')
    {
    }

    public static function json(mixed $data, int $status = 200): static
    {
        $body = json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        return (new static($status, $body))->withHeader('Content-Type', 'application/json');
    }

    public static function noContent(): static
    {
        return new static(204);
    }

    public static function error(int $status, string $message): static
    {
        return static::json(['error' => $message, 'status' => $status], $status);
    }

    public function withHeader(string $name, string $value): static
    {
        $this->headers[strtolower($name)] = $value;
        return $this;
    }

    public function status(): int
    {
        return $this->status;
    }

    public function body(): string
    {
        return $this->body;
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function reason(): string
    {
        return self::STATUS_TEXTS[$this->status] ?? 'Unknown';
    }

    /** Sends status line, headers and body to the SAPI. */
    public function send(): void
    {
        http_response_code($this->status);
        foreach ($this->headers as $name => $value) {
            header(ucwords($name, '-') . ': ' . $value);
        }
        echo $this->body;
    }
}
