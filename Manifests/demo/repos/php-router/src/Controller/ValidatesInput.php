<?php

declare(strict_types=1);

namespace Minirouter\Controller;

use Minirouter\Http\Response;

/**
 * Small helpers for validating decoded request payloads.
 */
trait ValidatesInput
{
    /**
     * Checks required fields and their types.
     *
     * @param array<string, mixed> $data
     * @param array<string, string> $rules field => "string" | "int" | "bool"
     * @return list<string> human readable problems, empty when valid
     */
    protected function validate(array $data, array $rules): array
    {
        $errors = [];
        foreach ($rules as $field => $type) {
            $optional = str_ends_with($type, '?');
            $type = rtrim($type, '?');
            if (!array_key_exists($field, $data)) {
                if (!$optional) {
                    $errors[] = "{$field} is required";
                }
                continue;
            }
            $ok = match ($type) {
                'string' => is_string($data[$field]) && trim($data[$field]) !== '',
                'int' => is_int($data[$field]),
                'bool' => is_bool($data[$field]),
                default => throw new \LogicException("unknown rule type {$type}"),
            };
            if (!$ok) {
                $errors[] = sprintf('%s must be a non-empty %s', $field, $type);
            }
        }

        return $errors;
    }

    /** @param list<string> $errors */
    protected function validationError(array $errors): Response
    {
        return Response::json(['error' => 'validation failed', 'details' => $errors], 400);
    }
}
