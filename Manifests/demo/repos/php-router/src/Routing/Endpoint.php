<?php

declare(strict_types=1);

namespace Minirouter\Routing;

use Attribute;
use Generator;
use Minirouter\Http\HttpMethod;
use ReflectionMethod;
use ReflectionObject;

/**
 * Declares a controller method as a route endpoint:
 *
 *     #[Endpoint(HttpMethod::GET, '/todos/{id:\d+}', name: 'todos.show')]
 *     public function show(Request $request): Response
 */
#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
final class Endpoint
{
    /**
     * @param list<class-string> $middleware
     */
    public function __construct(
        public readonly HttpMethod $method,
        public readonly string $path,
        public readonly ?string $name = null,
        public readonly array $middleware = [],
    ) {
    }

    /**
     * Yields method name => Endpoint for every annotated public method of $controller.
     * A method may carry several endpoints, so keys can repeat.
     *
     * @return Generator<string, self>
     */
    public static function scan(object $controller): Generator
    {
        $methods = (new ReflectionObject($controller))->getMethods(ReflectionMethod::IS_PUBLIC);
        foreach ($methods as $method) {
            foreach ($method->getAttributes(self::class) as $attribute) {
                yield $method->getName() => $attribute->newInstance();
            }
        }
    }
}
