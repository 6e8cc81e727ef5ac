import { describeType } from '../../form/zod-issues';
import { DEFAULT_LOCALE, localize } from '../../i18n/locale';
import { type Draft, finishImport, isDraft, Origins } from '../finish';
import { type ImportOptions, type ImportResult, IssueSink } from '../import-issues';
import { KeyScope } from '../keys';
import { compact, slugId, UNTITLED } from '../shared';
import { formId, readSource } from '../source';
import { type JsonSchemaContext, Keywords } from './keywords';
import { translateProperties } from './properties';
import { resolveSchema } from './schema-node';

/** The last part of a schema's `$id`, without `.json`: `https://x.org/volunteer.schema.json` → `volunteer`. */
function idFromUri(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  const last = uri.split(/[/#?]/).filter(Boolean).at(-1) ?? '';
  return slugId(last.replace(/(\.schema)?\.json$/i, ''));
}

/**
 * Imports a JSON Schema (draft 2020-12; draft-07 `definitions` work too) of an object into
 * a Yizhan form definition: each property becomes a field, nested objects sections with
 * prefixed keys, arrays of objects repeat groups, enums choice fields. Conditions
 * (`oneOf`, `if`/`then`/`else`, …) and anything else that cannot be translated are
 * reported with their JSON pointer in the schema. Never throws on bad input.
 *
 * @example
 * const { definition, issues } = importJsonSchema(schema, { id: 'volunteer-registration' });
 * for (const issue of issues) console.log(issue.severity, issue.path, issue.message);
 */
export function importJsonSchema(schema: unknown, options: ImportOptions = {}): ImportResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const sink = new IssueSink(locale);
  const document = readSource(schema, sink);
  if (document === undefined) return { definition: undefined, issues: sink.issues };
  if (!isDraft(document)) {
    sink.add('source_not_object', '', {
      expected: '{ "type": "object", … }',
      received: describeType(document),
    });
    return { definition: undefined, issues: sink.issues };
  }
  const context: JsonSchemaContext = { root: document, sink, origins: new Origins() };
  const node = resolveSchema(document, document, '', sink);
  if (!node) return { definition: undefined, issues: sink.issues };
  const keywords = new Keywords(node, sink);
  const type = keywords.take('type');
  if (type !== undefined && type !== 'object') {
    sink.add('source_not_object', node.at('type'), {
      expected: '"type": "object"',
      received: JSON.stringify(type),
    });
    return { definition: undefined, issues: sink.issues };
  }
  const title = keywords.text('title');
  const description = keywords.text('description');
  if (title === undefined) sink.add('title_missing', '', { title: localize(UNTITLED, locale) });
  const fields = translateProperties(keywords, context, {
    scope: new KeyScope(),
    prefix: '',
    inRepeat: false,
  });
  keywords.finish();
  if (fields.length === 0) {
    sink.add('no_fields', '');
    return { definition: undefined, issues: sink.issues };
  }
  const form: Draft = compact({
    schemaVersion: 1,
    id: formId(options.id, idFromUri(document.$id), slugId(title)),
    version: 1,
    title: title ?? UNTITLED,
    description,
    fields,
  });
  return finishImport(form, context.origins, sink, locale);
}
