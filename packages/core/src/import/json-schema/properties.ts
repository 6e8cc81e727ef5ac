import { type Draft, isDraft } from '../finish';
import { KeyScope } from '../keys';
import { compact, FEW_OPTIONS, optionValue } from '../shared';
import { type JsonSchemaContext, Keywords } from './keywords';
import { resolveSchema } from './schema-node';
import {
  booleanField,
  buildOptions,
  numberField,
  readChoices,
  singleChoiceField,
  stringField,
} from './value-fields';

/** Where translated properties go: the key scope, the prefix of flattened objects, and whether inside a repeat group. */
export interface Place {
  readonly scope: KeyScope;
  readonly prefix: string;
  readonly inRepeat: boolean;
}

/** The one JSON type a subschema describes (nullable allowed), or what it says instead. */
function readType(keywords: Keywords): string | undefined {
  const type = keywords.take('type');
  if (type === undefined) {
    if (keywords.has('properties')) return 'object';
    if (keywords.has('items')) return 'array';
    return undefined;
  }
  const list = Array.isArray(type) ? type : [type];
  const types = list.filter((entry) => entry !== 'null');
  if (types.length === 1 && typeof types[0] === 'string') return types[0];
  if (types.length === 2 && types.includes('number') && types.includes('integer')) return 'number';
  return JSON.stringify(type);
}

/**
 * Translates the `properties` of an object subschema into form items, in order, with
 * `required` applied. Nested objects become sections with prefixed keys; arrays of objects
 * repeat groups.
 */
export function translateProperties(
  keywords: Keywords,
  context: JsonSchemaContext,
  place: Place,
): Draft[] {
  const properties = keywords.take('properties');
  const required = keywords.take('required');
  if (properties === undefined) return [];
  if (!isDraft(properties)) {
    keywords.invalid('properties', 'an object');
    return [];
  }
  const requiredList = Array.isArray(required) ? required : [];
  if (required !== undefined && !Array.isArray(required)) keywords.invalid('required', 'a list');
  const items: Draft[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    const index = requiredList.indexOf(name);
    const item = translateProperty(
      name,
      schema,
      keywords,
      index < 0 ? undefined : keywords.node.at('required', index),
      context,
      place,
    );
    if (item) items.push(item);
  }
  return items;
}

function translateProperty(
  name: string,
  schema: unknown,
  parent: Keywords,
  requiredAt: string | undefined,
  context: JsonSchemaContext,
  place: Place,
): Draft | undefined {
  const path = parent.node.at('properties', name);
  const node = resolveSchema(context.root, schema, path, context.sink, parent.node.refs);
  if (!node) return undefined;
  const keywords = new Keywords(node, context.sink);
  const label = keywords.text('title') ?? name;
  const help = keywords.text('description');
  const readOnly = keywords.take('readOnly') === true ? 'true' : undefined;
  const claim = () => {
    const wanted = `${place.prefix}${name}`;
    const { key } = place.scope.claim(wanted);
    if (key !== wanted) context.sink.add('key_renamed', path, { from: name, to: key });
    return key;
  };
  const common = (field: Draft, required: boolean): Draft => {
    const { type, ...rest } = field;
    const item = compact({
      type,
      key: claim(),
      label,
      help,
      required: required ? true : undefined,
      readonlyIf: readOnly,
      ...rest,
    });
    context.origins.of(item, path);
    if (field.default !== undefined) context.origins.property(item, 'default', node.at('default'));
    return item;
  };

  const choices = readChoices(keywords);
  const type = readType(keywords);
  let item: Draft | undefined;
  if (choices) {
    const options = buildOptions(choices, keywords, context);
    if (options.length > 0) item = common(singleChoiceField(options, keywords), !!requiredAt);
  } else if (keywords.has('const')) {
    const value = keywords.take('const');
    // `const: true` is the JSON Schema way to say "must be ticked" (a consent).
    if (value === true) item = common({ type: 'checkbox' }, !!requiredAt);
    else {
      const text = optionValue(value);
      if (text === undefined) keywords.invalid('const', 'a text, number or boolean');
      else
        item = common(
          { type: 'radio', options: [{ value: text, label: text }], default: text },
          !!requiredAt,
        );
    }
  } else if (type === 'string') item = common(stringField(keywords, context), !!requiredAt);
  else if (type === 'number' || type === 'integer')
    item = common(numberField(type, keywords, context), !!requiredAt);
  else if (type === 'boolean') {
    if (requiredAt) context.sink.add('boolean_required', requiredAt);
    item = common(booleanField(keywords, context), false);
  } else if (type === 'array') item = arrayItem(keywords, context, place, common, !!requiredAt);
  else if (type === 'object') {
    if (!keywords.has('properties')) context.sink.add('unsupported_type', path, { type: 'object' });
    else {
      const key = claim();
      const fields = translateProperties(keywords, context, { ...place, prefix: `${key}_` });
      if (fields.length === 0) context.sink.add('empty_container', path, { what: 'section', name });
      else {
        context.sink.add('data_flattened', path, {
          from: name,
          prefix: `${key}_`,
          example: fields[0]?.key,
        });
        item = context.origins.of(
          compact({ type: 'section', key, title: label, help, fields }),
          path,
        );
      }
    }
  } else {
    const at = keywords.has('type') ? keywords.node.at('type') : path;
    context.sink.add('unsupported_type', at, { type: type ?? 'any' });
  }
  keywords.finish();
  return item;
}

function arrayItem(
  keywords: Keywords,
  context: JsonSchemaContext,
  place: Place,
  common: (field: Draft, required: boolean) => Draft,
  required: boolean,
): Draft | undefined {
  const node = keywords.node;
  const items = keywords.take('items');
  const itemsNode =
    items === undefined
      ? undefined
      : resolveSchema(context.root, items, node.at('items'), context.sink, node.refs);
  if (!itemsNode) {
    if (items === undefined) context.sink.add('unsupported_type', node.path, { type: 'array' });
    return undefined;
  }
  const inner = new Keywords(itemsNode, context.sink);
  const choices = readChoices(inner);
  const innerType = readType(inner);
  inner.skip('title', 'description');
  let item: Draft | undefined;
  if (choices) {
    const options = buildOptions(choices, inner, context);
    const minSelected = keywords.count('minItems', 0);
    const maxSelected = keywords.count('maxItems', 1);
    const fallback = keywords.take('default');
    if (options.length > 0)
      item = common(
        compact({
          type: options.length <= FEW_OPTIONS ? 'checkbox-group' : 'multiselect',
          options,
          minSelected: minSelected || undefined,
          maxSelected,
          default: Array.isArray(fallback) ? fallback.map((v) => optionValue(v) ?? v) : fallback,
        }),
        required,
      );
  } else if (innerType === 'object') {
    if (place.inRepeat) context.sink.add('nested_repeat', node.path);
    else {
      const minItems = keywords.count('minItems', 0);
      const maxItems = keywords.count('maxItems', 1);
      const fields = translateProperties(inner, context, {
        scope: new KeyScope(),
        prefix: '',
        inRepeat: true,
      });
      if (fields.length === 0)
        context.sink.add('empty_container', node.path, { what: 'section', name: node.path });
      else
        item = common(
          compact({ type: 'repeat', minItems: minItems || undefined, maxItems, fields }),
          required,
        );
    }
  } else {
    context.sink.add('unsupported_type', node.at('items'), {
      type: `array of ${innerType ?? 'any'}`,
    });
  }
  inner.finish();
  return item;
}
