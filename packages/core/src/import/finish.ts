import type { Issue } from '../form/issues';
import { parseForm } from '../form/parse-form';
import type { FormDefinition } from '../form/schema';
import type { Locale } from '../i18n/locale';
import type { ImportResult, IssueSink } from './import-issues';

/** A definition (or an item, a rule) under construction: plain JSON, still unchecked. */
export type Draft = Record<string, unknown>;

/** Tells whether a JSON value is an object (not an array, not null). */
export function isDraft(value: unknown): value is Draft {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Remembers where each translated item, rule and property came from in the source, so a
 * problem found in the translation can be reported at the source construct.
 */
export class Origins {
  private readonly objects = new WeakMap<object, string>();
  private readonly properties = new WeakMap<object, Map<string, string>>();

  /** Records that `target` was translated from the source at `path`; returns `target`. */
  of<T extends object>(target: T, path: string): T {
    this.objects.set(target, path);
    return target;
  }

  /** Records that `target[property]` was translated from the source at `path`. */
  property(target: object, property: string, path: string): void {
    const known = this.properties.get(target) ?? new Map<string, string>();
    known.set(property, path);
    this.properties.set(target, known);
  }

  /** The source path of `target[property]`, or of `target`, or ''. */
  pathOf(target: object, property?: string): string {
    const own = property === undefined ? undefined : this.properties.get(target)?.get(property);
    return own ?? this.objects.get(target) ?? '';
  }
}

// Properties an item cannot lose and stay meaningful: a problem there removes the item.
const ESSENTIAL = new Set([
  'type',
  'key',
  'label',
  'title',
  'content',
  'expression',
  'options',
  'fields',
]);

interface Repair {
  readonly issue: Issue;
  readonly item: { readonly list: unknown[]; readonly value: Draft };
  /** The property to delete; undefined removes the item, a number the rule at that index. */
  readonly property?: string;
  readonly rule?: number;
}

const unescapeSegment = (segment: string): string =>
  segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Finds the innermost item (page, section, field) a parseForm issue points into. */
function locate(form: Draft, issue: Issue): Repair | undefined {
  const segments = issue.path.split('/').slice(1).map(unescapeSegment);
  let node: Draft = form;
  let item: Repair['item'] | undefined;
  let i = 0;
  while (i + 1 < segments.length && (segments[i] === 'fields' || segments[i] === 'pages')) {
    const list = node[segments[i] as string];
    const value = Array.isArray(list) ? list[Number(segments[i + 1])] : undefined;
    if (!Array.isArray(list) || !isDraft(value)) break;
    item = { list, value };
    node = value;
    i += 2;
  }
  if (!item) return undefined;
  const property = segments[i];
  if (property === undefined || ESSENTIAL.has(property)) return { issue, item };
  if (property === 'rules' && segments[i + 1] !== undefined)
    return { issue, item, rule: Number(segments[i + 1]) };
  return { issue, item, property };
}

function apply(repairs: readonly Repair[], origins: Origins, sink: IssueSink): number {
  let changes = 0;
  const report = (
    repair: Repair,
    target: object,
    property: string | undefined,
    removed: string,
  ) => {
    changes += 1;
    sink.add('refused_by_yizhan', origins.pathOf(target, property), {
      removed,
      detail: repair.issue.message,
      code: repair.issue.code,
    });
  };
  // Resolve every target before changing anything, since removals shift indexes.
  const rules = repairs.flatMap((repair) => {
    const list = repair.item.value.rules;
    const rule = repair.rule !== undefined && Array.isArray(list) ? list[repair.rule] : undefined;
    return isDraft(rule) && Array.isArray(list) ? [{ repair, list, rule }] : [];
  });
  for (const { repair, list, rule } of rules) {
    const index = list.indexOf(rule);
    if (index < 0) continue;
    list.splice(index, 1);
    report(repair, rule, undefined, 'rules');
    if (list.length === 0) delete repair.item.value.rules;
  }
  for (const repair of repairs) {
    if (repair.property === undefined || repair.rule !== undefined) continue;
    if (!(repair.property in repair.item.value)) continue;
    report(repair, repair.item.value, repair.property, repair.property);
    delete repair.item.value[repair.property];
  }
  for (const repair of repairs) {
    if (repair.property !== undefined || repair.rule !== undefined) continue;
    const index = repair.item.list.indexOf(repair.item.value);
    if (index < 0) continue;
    repair.item.list.splice(index, 1);
    report(repair, repair.item.value, undefined, 'item');
  }
  return changes;
}

const isEmptyList = (value: unknown): boolean => !Array.isArray(value) || value.length === 0;

/**
 * Checks a translated definition with `parseForm` and removes, one by one, whatever it
 * refuses (an expression whose types do not fit, a section left empty, …), reporting each
 * removal at its source path. Returns the accepted definition, or none when nothing is left.
 */
export function finishImport(
  form: Draft,
  origins: Origins,
  sink: IssueSink,
  locale: Locale,
): ImportResult {
  // Each round removes at least one thing or gives up, so the loop ends.
  for (let round = 0; round < 1000; round += 1) {
    if (isEmptyList(form.pages) && isEmptyList(form.fields)) break;
    const result = parseForm(form, { locale });
    // The draft itself, now known to be valid, keeps the readable order of its properties
    // (type first); parseForm's copy has the same content.
    if (result.ok) return { definition: form as unknown as FormDefinition, issues: sink.issues };
    const repairs = result.issues.map((issue) => locate(form, issue));
    const usable = repairs.filter((repair): repair is Repair => repair !== undefined);
    if (usable.length < repairs.length || apply(usable, origins, sink) === 0) {
      // A problem of the form as a whole: nothing to remove, so nothing usable.
      for (const issue of result.issues)
        sink.add('refused_by_yizhan', '', {
          removed: 'item',
          detail: issue.message,
          code: issue.code,
        });
      return { definition: undefined, issues: sink.issues };
    }
  }
  sink.add('no_fields', '');
  return { definition: undefined, issues: sink.issues };
}
