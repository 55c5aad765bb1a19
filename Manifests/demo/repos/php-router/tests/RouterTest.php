<?php

declare(strict_types=1);

namespace Minirouter\Tests;

use Minirouter\Controller\TodoController;
use Minirouter\Http\HttpMethod;
use Minirouter\Http\Request;
use Minirouter\Middleware\CorsMiddleware;
use Minirouter\Routing\Router;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

final class RouterTest extends TestCase
{
    private Router $router;

    protected function setUp(): void
    {
        $this->router = new Router();
        $this->router->registerController(new TodoController(['Buy milk', 'Write tests']));
        $this->router->get('/health', static fn (): array => ['status' => 'ok', 'uptime' => 12.5]);
    }

    private function call(HttpMethod $method, string $path, string $body = '', array $headers = []): array
    {
        $response = $this->router->dispatch(new Request($method, $path, $headers, [], $body));
        return [$response->status(), json_decode($response->body(), true), $response];
    }

    public function testListsSeededTodos(): void
    {
        [$status, $data] = $this->call(HttpMethod::GET, '/todos');
        self::assertSame(200, $status);
        self::assertCount(2, $data);
        self::assertSame('Buy milk', $data[0]['title']);
    }

    public function testCreateValidatesPayload(): void
    {
        [$status, $data] = $this->call(HttpMethod::POST, '/todos', '{"title": "", "done": "yes"}');
        self::assertSame(400, $status);
        self::assertSame(['title must be a non-empty string', 'done must be a non-empty bool'], $data['details']);

        [$status, $data] = $this->call(HttpMethod::POST, '/todos', '{"title": "Ship it"}');
        self::assertSame(201, $status);
        self::assertSame(3, $data['id']);
    }

    public function testToggleAndMethodNotAllowed(): void
    {
        [, $data] = $this->call(HttpMethod::PATCH, '/todos/1/toggle');
        self::assertTrue($data['done']);

        [$status, , $response] = $this->call(HttpMethod::PUT, '/todos/1');
        self::assertSame(405, $status);
        self::assertSame('GET, DELETE', $response->header('Allow'));
    }

    /** @return iterable<string, array{string, int}> */
    public static function paths(): iterable
    {
        yield 'unknown path' => ['/nope', 404];
        yield 'non numeric id' => ['/todos/abc', 404];
        yield 'trailing slash' => ['/todos/2/', 200];
        yield 'closure route' => ['/health', 200];
    }

    #[DataProvider('paths')]
    public function testStatusCodes(string $path, int $expected): void
    {
        [$status] = $this->call(HttpMethod::GET, $path);
        self::assertSame($expected, $status);
    }

    public function testCorsPreflightAndUrlGeneration(): void
    {
        $this->router->pipe(new CorsMiddleware(['*.example.com']));
        $origin = ['Origin' => 'https://app.example.com'];
        [$status, , $response] = $this->call(HttpMethod::OPTIONS, '/todos', headers: $origin);
        self::assertSame(204, $status);
        self::assertSame('https://app.example.com', $response->header('access-control-allow-origin'));
        self::assertSame('/todos/42', $this->router->urlFor('todos.show', ['id' => 42]));
    }
}
