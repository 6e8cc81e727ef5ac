import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { answersAt, collectAsyncRules, matchesPointer } from './async-rules';
import { type CompiledItem, compileItems, computedInOrder } from './compiled-items';
import { collectFormExpressions } from './expressions';
import type { FieldTypeRegistry } from './field-type';
import { createFormWalk } from './form-walker';
import { type CheckResult, formatIssue, type Issue } from './issues';
import { defaultFieldTypes } from './registry';
import { rowComputedOrder } from './repeat-rows';
import type { FormDefinition } from './schema';
import { formPages } from './schema';
import type { EvalClock, ItemState } from './scope-walk';
import { validateAnswers } from './validate-answers';

/** Cleaned submission data: one value per visible answered field, keyed by field key. */
export type SubmissionData = Readonly<Record<string, unknown>>;

/** Options of {@link CompiledForm.validate}. */
export interface ValidateOptions extends EvalClock {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
}

/** What a renderer needs for a partial answer: per-item state, page visibility, computed values. */
export interface LiveState {
  /** State by answer pointer (`/name`, `/members/0/name`; sections by `/sectionKey`). */
  readonly items: ReadonlyMap<string, ItemState>;
  /** Each page's key and whether it is shown, in order. */
  readonly pages: readonly { readonly key: string; readonly visible: boolean }[];
  /** The answers with every computed value filled in (rows included). */
  readonly values: SubmissionData;
}

/** A server-side check that an `async` rule asks for, with the answer it should look at. */
export interface AsyncCheck {
  readonly path: string;
  readonly check: string;
  readonly value: unknown;
}

/** A form definition turned into the checks the browser and the server share. */
export interface CompiledForm {
  readonly definition: FormDefinition;
  /**
   * Checks a submission. Returns the cleaned data (unknown keys, hidden fields and blank
   * optional answers dropped; computed values filled in from the answers, never trusted
   * from the input) or every issue, keyed by the answer's JSON pointer.
   */
  validate(data: unknown, options?: ValidateOptions): CheckResult<SubmissionData>;
  /** The visibility, requiredness, read-only state and computed values for a partial answer. */
  liveState(data: unknown, clock?: EvalClock): LiveState;
  /** The values a new, empty answer starts with: each field's default, if any. */
  initialValues(): SubmissionData;
  /**
   * The values a new row of the repeat group at `pointer` (`/members`, or
   * `/members/0/children` inside a row) starts with: its fields' defaults.
   */
  initialRow(pointer: string): SubmissionData;
  /** The server checks (async rules) to run on cleaned data, with the answers they concern. */
  asyncChecks(data: SubmissionData): readonly AsyncCheck[];
  /** Turns failed server checks into field issues, with each rule's message in `locale`. */
  serverIssues(
    failures: readonly { readonly path: string; readonly check: string }[],
    locale?: Locale,
  ): readonly Issue[];
}

/**
 * The values a new answer or a new repeat row starts with, for the items of one scope:
 * each field's default, and a repeat group's `minItems` rows, each started the same way.
 */
function startingValues(items: readonly CompiledItem[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const compiled of items) {
    const fallback = (compiled.item as { default?: unknown }).default;
    if (fallback !== undefined) values[compiled.key] = fallback;
    else if (compiled.item.type === 'repeat' && compiled.item.minItems)
      values[compiled.key] = Array.from({ length: compiled.item.minItems }, () =>
        startingValues(compiled.row ?? []),
      );
  }
  return values;
}

/** Options of {@link compileForm}. */
export interface CompileFormOptions {
  /** The field types the form uses; the built-in ones when not given. */
  readonly fieldTypes?: FieldTypeRegistry;
}

/**
 * Compiles a definition that `parseForm` accepted into its validator and live state.
 * Compile once, validate many times: expressions, schemas and patterns are built here.
 *
 * @example
 * const form = compileForm(parsed.value);
 * const result = form.validate({ name: '李梅' }, { locale: 'en' });
 */
export function compileForm(
  definition: FormDefinition,
  options: CompileFormOptions = {},
): CompiledForm {
  const registry = options.fieldTypes ?? defaultFieldTypes;
  const { expressions, problems } = collectFormExpressions(definition, registry);
  const problem = problems[0];
  if (problem) {
    // Codes, not messages: the message catalogs stay out of bundles that only validate.
    const path = problem.kind === 'expression' ? problem.path : problem.issue.path;
    throw new TypeError(
      `compileForm needs a definition that parseForm accepted: ${path} ${problem.issue.code}`,
    );
  }
  const top = compileItems(definition, registry, expressions);
  const pages = formPages(definition);
  const computedTop = computedInOrder(top, expressions.computedOrder.get(undefined));
  const computedRows = rowComputedOrder(top, expressions);
  const asyncRules = collectAsyncRules(top);

  const walk = createFormWalk(top, pages, expressions, computedTop, computedRows);

  return {
    definition,
    validate(data, validateOptions = {}) {
      const { cleaned, issues } = validateAnswers(walk, data, validateOptions);
      if (issues.length === 0) return { ok: true, value: cleaned };
      const locale = validateOptions.locale ?? DEFAULT_LOCALE;
      return { ok: false, issues: issues.map((issue) => formatIssue(issue, locale)) };
    },
    liveState(data, clock = {}) {
      const items = new Map<string, ItemState>();
      const { values, pages: pageVisible } = walk(
        data,
        clock,
        {},
        (_compiled, pointer, visible, required, readonly) => {
          items.set(pointer, { visible, required, readonly });
        },
      );
      return {
        items,
        pages: pages.map((page) => ({ key: page.key, visible: pageVisible.get(page) ?? true })),
        values,
      };
    },
    initialValues: () => startingValues(top),
    initialRow(pointer) {
      let scope: readonly CompiledItem[] | undefined = top;
      for (const segment of pointer.split('/').slice(1))
        if (!/^\d+$/.test(segment)) scope = scope?.find((item) => item.key === segment)?.row;
      return startingValues(scope ?? []);
    },
    asyncChecks(data) {
      const checks: AsyncCheck[] = [];
      for (const { pointer, check } of asyncRules) {
        for (const [path, value] of answersAt(data, pointer)) checks.push({ path, check, value });
      }
      return checks;
    },
    serverIssues(failures, locale = DEFAULT_LOCALE) {
      return failures.map(({ path, check }) => {
        const rule = asyncRules.find(
          (candidate) => candidate.check === check && matchesPointer(candidate.pointer, path),
        );
        const params = rule?.message ? { check, message: rule.message } : { check };
        return formatIssue({ code: 'server_check_failed', path, params }, locale);
      });
    },
  };
}
