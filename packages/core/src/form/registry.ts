import type * as z from 'zod/mini';
import type { FieldTypeDefinition, FieldTypeRegistry } from './field-type';
import { builtInFieldTypes } from './field-types';
import { buildFormSchema } from './schema';

/** Thrown when a developer registers a field type wrongly: a programming error, not bad user data. */
export class FieldTypeError extends Error {
  override name = 'FieldTypeError';
}

const CUSTOM_TYPE_NAME = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

/**
 * The field types a form may use: every built-in type plus the developer's own, whose names
 * must be namespaced (`acme:color`) and unique.
 *
 * @example
 * const registry = createFieldTypeRegistry([colorField]);
 * parseForm(json, { fieldTypes: registry });
 */
export function createFieldTypeRegistry(
  custom: readonly FieldTypeDefinition[] = [],
): FieldTypeRegistry {
  const registry = new Map<string, FieldTypeDefinition>(
    builtInFieldTypes.map((type) => [type.type, type]),
  );
  for (const type of custom) {
    if (!CUSTOM_TYPE_NAME.test(type.type)) {
      throw new FieldTypeError(
        `Custom field type "${type.type}" needs a namespaced name such as "acme:color" (lowercase, one colon), so it cannot collide with built-in types.`,
      );
    }
    if (registry.has(type.type))
      throw new FieldTypeError(`Field type "${type.type}" is registered twice.`);
    registry.set(type.type, type);
  }
  return registry;
}

/** The built-in field types only. */
export const defaultFieldTypes: FieldTypeRegistry = createFieldTypeRegistry();

const schemas = new WeakMap<FieldTypeRegistry, z.ZodMiniType>();

/** The zod schema of definitions for a registry, built once per registry. */
export function formSchemaFor(registry: FieldTypeRegistry): z.ZodMiniType {
  let schema = schemas.get(registry);
  if (!schema) {
    schema = buildFormSchema(registry);
    schemas.set(registry, schema);
  }
  return schema;
}

/** Every `type` a form item may have with this registry, for error messages. */
export function itemTypeNames(registry: FieldTypeRegistry): string[] {
  return [...registry.keys(), 'section', 'repeat'];
}
