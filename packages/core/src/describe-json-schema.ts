/**
 * Property descriptions of a definition's JSON Schema, by path: `title`, `roles[].id`,
 * `steps[](type=match).ranking.weights`, `field(type=choice).options[].value`. A path
 * names a property from the root: `.` between properties, `[]` for the items of a list,
 * `(name=value)` for the variant of a union whose `name` property is the constant `value`,
 * `.*` for the other keys of an object that accepts them, and a `$defs` entry by its name. A path written without its variants (`steps[].id`)
 * describes that property in every variant that has no entry of its own.
 */
export type DescriptionTable = Readonly<Record<string, string>>;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Localized text (a string, or `{ "zh-CN": …, "en": … }`): described as one value. */
function isLocalizedText(node: Node): boolean {
  const union = node.anyOf;
  if (!Array.isArray(union) || union.length !== 2) return false;
  const [text, object] = union as unknown[];
  if (!isNode(text) || text.type !== 'string' || !isNode(object)) return false;
  const keys = isNode(object.properties) ? Object.keys(object.properties).sort() : [];
  return keys.join(',') === 'en,zh-CN';
}

/** The variant label of a union member: `(type=match)` from its first constant property. */
function variantOf(member: Node): string {
  const properties = isNode(member.properties) ? member.properties : {};
  for (const [name, property] of Object.entries(properties))
    if (isNode(property) && typeof property.const === 'string')
      return `(${name}=${property.const})`;
  return '';
}

/** `path` without its variant labels: the shared entry of a property of every variant. */
const generic = (path: string): string => path.replace(/\([^()]*\)/g, '');

/**
 * Calls `visit(path, property)` for every property schema reachable from `node`,
 * following `items`, unions and `$ref`s into `$defs` (each definition once, by its name).
 */
function walk(
  root: Node,
  node: unknown,
  prefix: string,
  visit: (path: string, property: Node) => void,
  seen: Set<string>,
): void {
  if (!isNode(node) || isLocalizedText(node)) return;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const name = ref.slice('#/$defs/'.length);
    const definitions = isNode(root.$defs) ? root.$defs : {};
    if (seen.has(name)) return;
    seen.add(name);
    walk(root, definitions[name], name, visit, seen);
    return;
  }
  if (isNode(node.properties))
    for (const [name, property] of Object.entries(node.properties)) {
      if (!isNode(property)) continue;
      const path = prefix === '' ? name : `${prefix}.${name}`;
      visit(path, property);
      walk(root, property, path, visit, seen);
    }
  if (isNode(node.items)) walk(root, node.items, `${prefix}[]`, visit, seen);
  if (isNode(node.additionalProperties)) {
    visit(`${prefix}.*`, node.additionalProperties);
    walk(root, node.additionalProperties, `${prefix}.*`, visit, seen);
  }
  for (const union of [node.anyOf, node.oneOf])
    if (Array.isArray(union))
      for (const member of union)
        if (isNode(member)) walk(root, member, `${prefix}${variantOf(member)}`, visit, seen);
}

/** Every property path of `schema`, as {@link DescriptionTable} names them, in order. */
export function propertyPaths(schema: Record<string, unknown>): string[] {
  const paths: string[] = [];
  walk(schema, schema, '', (path) => paths.push(path), new Set());
  return paths;
}

/**
 * A copy of `schema` with the descriptions of `table` on its properties: a path's own
 * entry first, else the entry of the path without its variants.
 */
export function describeJsonSchema(
  schema: Record<string, unknown>,
  table: DescriptionTable,
): Record<string, unknown> {
  // A copy: the generator may share one object between several places of the schema.
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  walk(
    copy,
    copy,
    '',
    (path, property) => {
      const text = table[path] ?? table[generic(path)];
      if (text !== undefined) property.description = text;
    },
    new Set(),
  );
  return copy;
}

/** Paths of `table` that name no property of `schema` (a renamed or removed property). */
export function unusedDescriptions(
  schema: Record<string, unknown>,
  table: DescriptionTable,
): string[] {
  const paths = propertyPaths(schema);
  const known = new Set([...paths, ...paths.map(generic)]);
  return Object.keys(table).filter((path) => !known.has(path));
}

/** Property paths of `schema` that `table` does not describe. */
export function undescribedProperties(
  schema: Record<string, unknown>,
  table: DescriptionTable,
): string[] {
  return propertyPaths(schema).filter(
    (path) => table[path] === undefined && table[generic(path)] === undefined,
  );
}

/** What a published schema says of itself, before its generated body. */
export interface SchemaHeading {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/**
 * A generated JSON Schema as it is published: `$schema`, then `$id`, `title` and
 * `description` from `heading`, then the generated body, with the property descriptions
 * of `table` (see {@link describeJsonSchema}).
 */
export function publishJsonSchema(
  generated: Record<string, unknown>,
  heading: SchemaHeading,
  table: DescriptionTable,
): Record<string, unknown> {
  const { $schema, ...body } = generated;
  return describeJsonSchema(
    { $schema, $id: heading.id, title: heading.title, description: heading.description, ...body },
    table,
  );
}
