import * as z from 'zod/mini';
import type { ExprType } from '../expr';
import { localize } from '../i18n/locale';
import { collectFormExpressions } from './expressions';
import type { FieldTypeRegistry } from './field-type';
import { defaultFieldTypes } from './registry';
import type { FormDefinition, FormItem } from './schema';
import { holdsValue, walkForm } from './walk';

/** Choice fields with a static list type their answers as the option values themselves. */
function choiceSchema(item: FormItem): z.core.$ZodType | undefined {
  if (!('options' in item) || !Array.isArray(item.options) || item.options.length === 0)
    return undefined;
  const values = z.enum(
    item.options.map((option: { value: string }) => option.value) as [string, ...string[]],
  );
  return item.type === 'multiselect' || item.type === 'checkbox-group' ? z.array(values) : values;
}

function zodOfExprType(type: ExprType): z.core.$ZodType {
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
          Object.entries(type.fields).map(([key, field]) => [
            key,
            z.optional(zodOfExprType(field)),
          ]),
        ),
      );
    default:
      return z.unknown();
  }
}

/** A copy of `schema` with a description, as classic zod's `.meta()` makes it; mini has no method. */
function describedAs(schema: z.core.$ZodType, description: string): z.core.$ZodType {
  const copy = z.core.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
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
  const { expressions } = collectFormExpressions(definition, registry);
  const scopes = new Map<FormItem | undefined, Record<string, z.core.$ZodType>>([[undefined, {}]]);
  const visits = [...walkForm(definition)];
  for (const visit of visits) if (visit.item.type === 'repeat') scopes.set(visit.item, {});
  for (const { item, repeat, sections, page } of visits) {
    if (!holdsValue(item)) continue;
    let schema: z.core.$ZodType;
    if (item.type === 'repeat') schema = z.array(z.strictObject(scopes.get(item) ?? {}));
    else if (item.type === 'computed')
      schema = zodOfExprType(expressions.computed.get(item)?.type ?? { kind: 'any' });
    else
      schema = choiceSchema(item) ?? registry.get(item.type)?.value(item as never) ?? z.unknown();
    // Required in the type only when nothing can hide the field: not it, its sections, page or group.
    const conditional = [item, ...sections, page, ...(repeat ? [repeat] : [])].some(
      (part) => part.visibleIf !== undefined,
    );
    const always = 'required' in item && item.required === true && !conditional;
    const described = describedAs(schema, localize(item.label, 'zh-CN'));
    const shape = scopes.get(repeat);
    if (shape) shape[item.key] = always ? described : z.optional(described);
  }
  const root = describedAs(
    z.strictObject(scopes.get(undefined) ?? {}),
    localize(definition.title, 'zh-CN'),
  );
  return z.toJSONSchema(root, { unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
}
