import * as z from 'zod';
import { type FormDefinition, parseForm, toJsonPointer } from '../form';
import type { CheckResult, Issue, RawIssue } from '../form/issues';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { defaultStepRegistry, type StepRegistry } from './builtin-steps';
import { assigneesIn, checkFlowConsistency } from './check-flow';
import type { FlowDefinition } from './definition';
import { checkFlowExpression, flowEnvironment } from './expressions';
import { formatFlowMessage } from './messages';
import { flowShellSchema, formRefSchema } from './schema';
import type { StepConfig } from './step-type';
import { flowZodIssues } from './zod-issues';

/** Options of {@link parseFlow}. */
export interface ParseFlowOptions {
  /** The language of the issue messages; zh-CN when not given. */
  readonly locale?: Locale;
  /** Forms the definition names with `{ "ref": "<id>" }`, by id (already parsed). */
  readonly forms?: Readonly<Record<string, FormDefinition>>;
  /** The step types allowed; the built-in ones when not given. */
  readonly steps?: StepRegistry;
}

/** Gives a flow {@link RawIssue} its message in `locale`. */
export function formatFlowIssue(raw: RawIssue, locale: Locale): Issue {
  return { ...raw, message: formatFlowMessage(raw.code, raw.params, locale) };
}

// Built once: a zod schema compiles its fast path on first use, which costs far more than a parse.
const shellSchema = flowShellSchema.extend({
  forms: z.array(z.record(z.string(), z.unknown())).optional(),
});

const prefixed = (issues: readonly Issue[], prefix: string): Issue[] =>
  issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));

/**
 * Checks a flow definition (JSON text or a parsed value) and returns it typed, or every
 * issue found with its JSON pointer and a localized message that says how to fix it:
 * bad fields, unknown step types, steps, forms, roles or fields, unreachable steps,
 * steps from which no end can be reached, and expressions that name unknown fields.
 * Never throws on bad input.
 *
 * @example
 * const result = parseFlow(json, { locale: 'en', forms: { 'wish-request': requestForm } });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);
 */
export function parseFlow(
  input: unknown,
  options: ParseFlowOptions = {},
): CheckResult<FlowDefinition> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const registry = options.steps ?? defaultStepRegistry;
  const fail = (issues: readonly (RawIssue | Issue)[]) =>
    ({
      ok: false,
      issues: issues.map((issue) =>
        'message' in issue ? (issue as Issue) : formatFlowIssue(issue, locale),
      ),
    }) as const;

  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return fail([{ code: 'not_json', path: '', params: { detail: (error as Error).message } }]);
    }
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document))
    return fail([{ code: 'not_a_flow', path: '', params: {} }]);
  const shell = shellSchema.safeParse(document);
  if (!shell.success) return fail(flowZodIssues(shell.error.issues, document));

  const issues: (RawIssue | Issue)[] = [];
  const steps: StepConfig[] = [];
  shell.data.steps.forEach((raw, index) => {
    const type = registry.get(raw.type);
    if (type === undefined) {
      issues.push({
        code: 'unknown_step_type',
        path: toJsonPointer(['steps', index, 'type']),
        params: { received: raw.type, allowed: registry.types },
      });
      return;
    }
    const parsed = type.schema.safeParse(raw);
    if (!parsed.success)
      issues.push(...flowZodIssues(parsed.error.issues, document, ['steps', index]));
    else steps.push(parsed.data);
  });

  const forms = new Map<string, FormDefinition>();
  (shell.data.forms ?? []).forEach((entry, index) => {
    const where = toJsonPointer(['forms', index]);
    if ('ref' in entry) {
      const ref = formRefSchema.safeParse(entry);
      if (!ref.success) {
        issues.push(...flowZodIssues(ref.error.issues, document, ['forms', index]));
        return;
      }
      const form = options.forms?.[ref.data.ref];
      if (form === undefined)
        issues.push({
          code: 'unresolved_form',
          path: `${where}/ref`,
          params: { form: ref.data.ref },
        });
      else addForm(form, `${where}/ref`);
      return;
    }
    const parsed = parseForm(entry, { locale });
    if (!parsed.ok) issues.push(...prefixed(parsed.issues, where));
    else addForm(parsed.value, `${where}/id`);
  });
  function addForm(form: FormDefinition, path: string): void {
    if (forms.has(form.id)) issues.push({ code: 'duplicate_form', path, params: { id: form.id } });
    forms.set(form.id, form);
  }
  for (const step of steps) {
    const own = registry.get(step.type)?.form;
    if (own !== undefined && !forms.has(own.id)) forms.set(own.id, own);
  }
  if (issues.length > 0) return fail(issues);

  const flow: FlowDefinition = {
    ...shell.data,
    forms: [...forms.values()],
    start: shell.data.start ?? (steps[0] as StepConfig).id,
    steps,
  };
  const inconsistencies = checkFlowConsistency(flow, registry);
  if (inconsistencies.length > 0) return fail(inconsistencies);

  const environment = flowEnvironment(flow.forms);
  const expressionIssues: Issue[] = [];
  flow.steps.forEach((step, index) => {
    const type = registry.get(step.type);
    const uses = [
      ...(type?.expressions?.(step) ?? []),
      ...[...assigneesIn(step, [])].map((use) => ({ ...use, expect: 'value' as const })),
    ];
    for (const use of uses) {
      const checked = checkFlowExpression(use.source, environment, locale, use.expect);
      if (!checked.ok)
        expressionIssues.push(
          ...prefixed(checked.issues, toJsonPointer(['steps', index, ...use.path])),
        );
    }
  });
  if (expressionIssues.length > 0) return fail(expressionIssues);
  return { ok: true, value: flow };
}
