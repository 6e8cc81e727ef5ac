import * as z from 'zod';
import type { ExprType } from '../expr';
import { compileFormExpressions } from './expressions';
import type { FieldTypeRegistry } from './field-type';
import { defaultFieldTypes } from './registry';
import type { FormDefinition, FormItem } from './schema';
import { holdsValue, walkForm } from './walk';

function zodOfExprType(type: ExprType): z.ZodType {
  switch (type.kind) {
    case 'string':
    case 'date':
    case 'time':
    case 'datetime':
      return z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'null':
      return z.null();
    case 'list':
      return z.array(zodOfExprType(type.item));
    case 'object':
      return z.object(
        Object.fromEntries(
          Object.entries(type.fields).map(([key, field]) => [key, zodOfExprType(field).optional()]),
        ),
      );
    default:
      return z.unknown();
  }
}

/**
 * The JSON Schema (draft 2020-12) of a form's cleaned submission data, for hosts that
 * validate elsewhere and for `yizhan types`, which turns it into TypeScript. Fields that
 * are required only under a condition, or that may be hidden, are optional here. Kept
 * apart from `compileForm` so bundles that only validate do not carry zod's generator.
 */
export function submissionJsonSchema(
  definition: FormDefinition,
  options: { fieldTypes?: FieldTypeRegistry } = {},
): Record<string, unknown> {
  const registry = options.fieldTypes ?? defaultFieldTypes;
  const { expressions } = compileFormExpressions(definition, registry, 'en');
  const scopes = new Map<FormItem | undefined, Record<string, z.ZodType>>([[undefined, {}]]);
  const visits = [...walkForm(definition)];
  for (const visit of visits) if (visit.item.type === 'repeat') scopes.set(visit.item, {});
  for (const { item, repeat } of visits) {
    if (!holdsValue(item)) continue;
    let schema: z.ZodType;
    if (item.type === 'repeat') schema = z.array(z.strictObject(scopes.get(item) ?? {}));
    else if (item.type === 'computed')
      schema = zodOfExprType(expressions.computed.get(item)?.type ?? { kind: 'any' });
    else schema = registry.get(item.type)?.value(item as never) ?? z.unknown();
    const always =
      item.required === true && item.visibleIf === undefined && item.type !== 'computed';
    const described = schema.meta({
      title:
        typeof item.label === 'string' ? item.label : (item.label?.en ?? item.label?.['zh-CN']),
    });
    const shape = scopes.get(repeat);
    if (shape) shape[item.key] = always ? described : described.optional();
  }
  const root = z.strictObject(scopes.get(undefined) ?? {}).meta({
    title:
      typeof definition.title === 'string'
        ? definition.title
        : (definition.title.en ?? definition.title['zh-CN']),
  });
  return z.toJSONSchema(root, { unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
}
