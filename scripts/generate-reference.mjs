// Writes the definition reference (docs/reference/<name>.md) from the published JSON
// Schemas (packages/*/schemas/<name>.schema.json): every object, property, type, whether
// it is required, allowed values, description and default. Run it after a schema changes:
//
//   node scripts/generate-reference.mjs
//
// examples/docs/test/reference.test.ts fails when the committed reference is stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The schema files to document, relative to the root: `packages/*\/schemas/*.schema.json`. */
export function schemaFiles(root = ROOT) {
  const files = [];
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    const dir = join(root, 'packages', name, 'schemas');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort())
      if (file.endsWith('.schema.json')) files.push(`packages/${name}/schemas/${file}`);
  }
  return files;
}

const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const escapeCell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const anchor = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9\- ]/g, '')
    .trim()
    .replace(/ +/g, '-');

/** Is this the localized-text shape: a string, or `{ "zh-CN": …, "en": … }`? */
function isLocalizedText(schema) {
  const options = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(options) || options.length !== 2) return false;
  const [text, object] = options;
  return (
    text.type === 'string' &&
    object.type === 'object' &&
    Object.keys(object.properties ?? {}).join() === 'zh-CN,en'
  );
}

/** The value a variant of a oneOf is told apart by: `type: "text"` → `["type", "text"]`. */
function discriminator(variant) {
  for (const [name, property] of Object.entries(variant.properties ?? {}))
    if (property.const !== undefined && (variant.required ?? []).includes(name))
      return [name, property.const];
  return undefined;
}

/**
 * Renders one JSON Schema as Markdown. Objects with properties get a section each (named
 * by where they sit, `steps[] type "form"`), and types link to them.
 */
export function renderSchema(schema, { name, source }) {
  const sections = [];
  const seen = new Map();
  const defs = schema.$defs ?? schema.definitions ?? {};

  // zod writes a shared object out at every use; equal objects get one section, named where
  // they first appear. Equal but for descriptions counts as equal (a step type may say what
  // its `assign` means for it); such a section's introduction is left out unless every
  // place describes the object alike.
  function section(title, node) {
    const key = JSON.stringify(node, (name, value) => (name === 'description' ? undefined : value));
    const known = seen.get(key);
    if (known !== undefined) {
      if (known.intro !== node.description) known.intro = undefined;
      return known.title;
    }
    const entry = { title, node, rows: [], intro: node.description };
    seen.set(key, entry);
    sections.push(entry);
    entry.rows = Object.entries(node.properties ?? {}).map(([key, property]) => ({
      key,
      type: typeOf(property, node === schema ? key : `${title.replace(/ \([^)]*\)/g, '')}.${key}`),
      required: (node.required ?? []).includes(key),
      description: property.description ?? '',
      default: property.default,
      values: allowed(property),
    }));
    if (node.additionalProperties && typeof node.additionalProperties === 'object')
      entry.rows.push({
        key: '*(any other key)*',
        type: typeOf(node.additionalProperties, `${title}.*`),
        required: false,
        description: node.additionalProperties.description ?? '',
        default: undefined,
        values: '',
      });
    return title;
  }

  function link(title) {
    return `[${title}](#${anchor(title)})`;
  }

  function allowed(property) {
    if (Array.isArray(property.enum)) return property.enum.map(code).join(', ');
    if (property.const !== undefined) return code(property.const);
    return '';
  }

  function limits(node) {
    const parts = [];
    if (node.pattern) parts.push(`pattern ${code(node.pattern)}`);
    if (node.format) parts.push(`format ${node.format}`);
    if (node.minLength !== undefined && node.minLength > 1)
      parts.push(`at least ${node.minLength} characters`);
    if (node.minLength === 1) parts.push('not empty');
    if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
    if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
    if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
    if (node.maximum !== undefined && node.maximum !== MAX_SAFE) parts.push(`≤ ${node.maximum}`);
    if (node.exclusiveMaximum !== undefined) parts.push(`< ${node.exclusiveMaximum}`);
    if (node.minItems !== undefined && node.minItems > 0)
      parts.push(`at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
    if (node.maxItems !== undefined) parts.push(`at most ${node.maxItems} items`);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  }

  function typeOf(node, where) {
    if (node === true || node === undefined || Object.keys(node).length === 0)
      return 'any JSON value';
    if (node.$ref) {
      if (node.$ref.startsWith('#/')) {
        const key = node.$ref.split('/').pop();
        const target = defs[key];
        return target ? typeOf(target, key.startsWith('__') ? where : key) : code(node.$ref);
      }
      const file = node.$ref.split('/').pop().replace('.schema.json', '');
      return `a ${file} definition ([${file}.md](${file}.md))`;
    }
    if (isLocalizedText(node)) return 'localized text: a string, or `{ "zh-CN": …, "en": … }`';
    const options = node.oneOf ?? node.anyOf;
    if (Array.isArray(options)) {
      return options
        .map((option) => {
          const tag = discriminator(option);
          const title = tag ? `${where} (${tag[0]} "${tag[1]}")` : where;
          if (tag || !option.properties) return typeOf(option, title);
          return typeOf(
            option,
            `${where} (with ${(option.required ?? Object.keys(option.properties)).join(', ')})`,
          );
        })
        .join(', or ');
    }
    if (node.const !== undefined) return code(node.const);
    if (Array.isArray(node.enum)) return node.enum.map(code).join(' \\| ');
    const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
    if (type === 'array') {
      const items = node.items === undefined ? 'any JSON value' : typeOf(node.items, `${where}[]`);
      return `list of ${items}${limits(node)}`;
    }
    if (type === 'object' || node.properties) {
      if (node.properties && Object.keys(node.properties).length > 0)
        return link(section(where, node));
      if (node.additionalProperties && typeof node.additionalProperties === 'object')
        return `object whose values are ${typeOf(node.additionalProperties, `${where}.*`)}`;
      return 'object';
    }
    return `${type ?? 'any JSON value'}${limits(node)}`;
  }

  const root = schema.title ?? name;
  section('The definition', schema);
  const lines = [
    `# ${root}`,
    '',
    '<!-- Generated by scripts/generate-reference.mjs from the JSON Schema; do not edit. -->',
    '',
    `Generated from \`${source}\` (\`${schema.$id ?? name}\`) by \`node scripts/generate-reference.mjs\`.`,
    schema.description ? `\n${schema.description}` : '',
    '',
    "Every object of the definition has a section below; a property's type links to the section",
    'of the object it holds. Objects accept no other properties unless a row says so.',
    '',
  ];
  for (const entry of sections) {
    lines.push(`## ${entry.title}`, '');
    if (entry.intro && entry.node !== schema) lines.push(entry.intro, '');
    lines.push(
      '| property | type | required | values | default | description |',
      '|---|---|---|---|---|---|',
    );
    for (const row of entry.rows)
      lines.push(
        `| \`${row.key}\` | ${escapeCell(row.type)} | ${row.required ? 'yes' : 'no'} | ${escapeCell(row.values)} | ${
          row.default === undefined ? '' : escapeCell(code(row.default))
        } | ${escapeCell(row.description)} |`,
      );
    lines.push('');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Every reference page: `{ path, text }`, `path` relative to the root (`docs/reference/form.md`). */
export function generateReference(root = ROOT) {
  return schemaFiles(root).map((source) => {
    const name = source.split('/').pop().replace('.schema.json', '');
    const schema = JSON.parse(readFileSync(join(root, source), 'utf8'));
    return { path: `docs/reference/${name}.md`, text: renderSchema(schema, { name, source }) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(join(ROOT, 'docs/reference'), { recursive: true });
  for (const page of generateReference()) {
    writeFileSync(join(ROOT, page.path), page.text);
    console.log(`wrote ${page.path}`);
  }
}
