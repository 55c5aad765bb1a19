<?php

declare(strict_types=1);

namespace Minirouter\Controller;

use Minirouter\Http\HttpMethod;
use Minirouter\Http\Request;
use Minirouter\Http\Response;
use Minirouter\Middleware\CorsMiddleware;
use Minirouter\Routing\Endpoint;

/**
 * CRUD endpoints for a to-do list kept in memory.
 */
final class TodoController
{
    use ValidatesInput;

    /** @var array<int, array{id: int, title: string, done: bool}> */
    private array $todos = [];
    private int $nextId = 1;

    public function __construct(iterable $seed = [])
    {
        foreach ($seed as $title) {
            $this->store(['title' => $title]);
        }
    }

    #[Endpoint(HttpMethod::GET, '/todos', name: 'todos.index', middleware: [CorsMiddleware::class])]
    public function index(Request $request): array
    {
        $onlyOpen = filter_var($request->query['open'] ?? false, FILTER_VALIDATE_BOOL);
        $todos = array_values($this->todos);

        return $onlyOpen ? array_values(array_filter($todos, fn (array $t) => !$t['done'])) : $todos;
    }

    #[Endpoint(HttpMethod::GET, '/todos/{id:\d+}', name: 'todos.show')]
    public function show(Request $request): Response
    {
        $id = (int) $request->attribute('id');
        return isset($this->todos[$id])
            ? Response::json($this->todos[$id])
            : Response::error(404, "todo {$id} not found");
    }

    #[Endpoint(HttpMethod::POST, '/todos')]
    public function create(Request $request): Response
    {
        $data = $request->json();
        if ($errors = $this->validate($data, ['title' => 'string', 'done' => 'bool?'])) {
            return $this->validationError($errors);
        }

        return Response::json($this->store($data), 201);
    }

    #[Endpoint(HttpMethod::PATCH, '/todos/{id:\d+}/toggle')]
    #[Endpoint(HttpMethod::POST, '/todos/{id:\d+}/toggle')]
    public function toggle(Request $request): Response
    {
        $id = (int) $request->attribute('id');
        if (!array_key_exists($id, $this->todos)) {
            return Response::error(404, "todo {$id} not found");
        }
        $this->todos[$id]['done'] = !$this->todos[$id]['done'];

        return Response::json($this->todos[$id]);
    }

    #[Endpoint(HttpMethod::DELETE, '/todos/{id:\d+}', name: 'todos.delete')]
    public function delete(Request $request): Response
    {
        unset($this->todos[(int) $request->attribute('id')]);
        return Response::noContent();
    }

    /** @return array{id: int, title: string, done: bool} */
    private function store(array $data): array
    {
        $id = $this->nextId++;
        return $this->todos[$id] = [
            'id' => $id,
            'title' => trim((string) $data['title']),
            'done' => (bool) ($data['done'] ?? false),
        ];
    }
}
