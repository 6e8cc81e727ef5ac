import type { CheckResult, Issue } from '@yizhan/core/form';
import { DEFAULT_LOCALE, type Locale } from '@yizhan/core/i18n';
import { volunteerIssue } from '../messages';

/**
 * One service as the national record rules describe it (志愿服务记录): who served, in
 * which project, when, where, for whom, doing what, for how many hours, how well, who was
 * in charge and who recorded it ("谁组织谁记录，谁记录谁证明").
 */
export interface ServiceDetails {
  readonly volunteerId: string;
  readonly project: string;
  /** The day served, `YYYY-MM-DD` (Beijing time). */
  readonly date: string;
  readonly place: string;
  readonly beneficiary?: string;
  readonly content: string;
  /** Hours served, more than 0 and at most 24, to two decimals. */
  readonly hours: number;
  /** Quality rating 1–5, when the person in charge gave one. */
  readonly rating?: number;
  /** The person in charge of the service (负责人). */
  readonly personInCharge: string;
  /** Who recorded it (记录人); the organiser that records also certifies. */
  readonly recorder: string;
  /** The flow instance and serve step the hours came from, when they came from one. */
  readonly source?: { readonly instanceId: string; readonly stepId: string };
}

/**
 * An event of the hours ledger. The ledger is append-only: a service is `recorded`, then
 * `approved` or `rejected` by a coordinator; a correction is a new `recorded` event that
 * names the entry it `corrects`. Nothing is ever changed or removed.
 */
export type LedgerEvent =
  | {
      readonly type: 'recorded';
      readonly id: string;
      readonly seq: number;
      readonly at: string;
      readonly by: string;
      readonly service: ServiceDetails;
      /** The entry this one corrects (the latest of its chain when it was made). */
      readonly corrects?: string;
      readonly reason?: string;
    }
  | {
      readonly type: 'approved';
      readonly id: string;
      readonly seq: number;
      readonly at: string;
      readonly by: string;
      readonly entryId: string;
    }
  | {
      readonly type: 'rejected';
      readonly id: string;
      readonly seq: number;
      readonly at: string;
      readonly by: string;
      readonly entryId: string;
      readonly reason: string;
    };

/** The append-only list of ledger events, oldest first. */
export type Ledger = readonly LedgerEvent[];

/** Who does a ledger action, and when (ISO 8601); `id` names the new event (default: its seq). */
export interface LedgerAction {
  readonly by: string;
  readonly at: string;
  readonly id?: string;
  readonly locale?: Locale;
}

type ServiceProblem = { code: string; path: string; params?: Record<string, unknown> };

function checkService(service: ServiceDetails): ServiceProblem[] {
  const problems: ServiceProblem[] = [];
  const text = (key: keyof ServiceDetails, max: number) => {
    const value = service[key];
    if (typeof value !== 'string' || value.trim() === '')
      problems.push({ code: 'ledger_field_missing', path: `/${key}`, params: { field: key } });
    else if ([...value].length > max)
      problems.push({
        code: 'ledger_field_too_long',
        path: `/${key}`,
        params: { field: key, max },
      });
  };
  text('volunteerId', 64);
  text('project', 100);
  text('place', 100);
  text('content', 500);
  text('personInCharge', 40);
  text('recorder', 40);
  if (service.beneficiary !== undefined && [...service.beneficiary].length > 100)
    problems.push({
      code: 'ledger_field_too_long',
      path: '/beneficiary',
      params: { field: 'beneficiary', max: 100 },
    });
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(service.date) ||
    Number.isNaN(Date.parse(`${service.date}T00:00:00Z`))
  )
    problems.push({ code: 'ledger_bad_date', path: '/date', params: { value: service.date } });
  if (!(typeof service.hours === 'number' && service.hours > 0 && service.hours <= 24))
    problems.push({ code: 'ledger_bad_hours', path: '/hours', params: { value: service.hours } });
  else if (Math.round(service.hours * 100) !== service.hours * 100)
    problems.push({
      code: 'ledger_hours_precision',
      path: '/hours',
      params: { value: service.hours },
    });
  if (
    service.rating !== undefined &&
    !(Number.isInteger(service.rating) && service.rating >= 1 && service.rating <= 5)
  )
    problems.push({
      code: 'ledger_bad_rating',
      path: '/rating',
      params: { value: service.rating },
    });
  return problems;
}

const failed = (
  problems: readonly ServiceProblem[],
  locale: Locale,
): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: problems.map((p) => volunteerIssue(p.code, p.path, p.params ?? {}, locale)),
});

function checkAction(action: LedgerAction): ServiceProblem[] {
  const problems: ServiceProblem[] = [];
  if (action.by.trim() === '') problems.push({ code: 'ledger_actor_missing', path: '/by' });
  if (Number.isNaN(Date.parse(action.at)))
    problems.push({ code: 'ledger_bad_time', path: '/at', params: { value: action.at } });
  return problems;
}

const nextId = (ledger: Ledger, action: LedgerAction, problems: ServiceProblem[]): string => {
  const id = action.id ?? String(ledger.length + 1);
  if (ledger.some((event) => event.id === id))
    problems.push({ code: 'ledger_duplicate_id', path: '/id', params: { id } });
  return id;
};

/**
 * Records a service in the ledger (usually from a check-out; see `serviceFromServe`).
 * The hours count only after a coordinator approves them and the notice period passes.
 *
 * @example
 * const result = recordService(ledger, { volunteerId: 'v-zhang', project: '护航驿站', … }, { by: 'wang-zhan', at: now });
 * if (result.ok) ledger = result.value;
 */
export function recordService(
  ledger: Ledger,
  service: ServiceDetails,
  action: LedgerAction,
): CheckResult<Ledger> {
  const locale = action.locale ?? DEFAULT_LOCALE;
  const problems = [...checkService(service), ...checkAction(action)];
  const id = nextId(ledger, action, problems);
  if (problems.length > 0) return failed(problems, locale);
  return {
    ok: true,
    value: [
      ...ledger,
      { type: 'recorded', id, seq: ledger.length + 1, at: action.at, by: action.by, service },
    ],
  };
}

function decide(ledger: Ledger, entryId: string, action: LedgerAction): ServiceProblem[] {
  const problems = checkAction(action);
  const entry = ledger.find((event) => event.type === 'recorded' && event.id === entryId);
  if (entry === undefined || entry.type !== 'recorded') {
    problems.push({ code: 'ledger_unknown_entry', path: '/entryId', params: { id: entryId } });
    return problems;
  }
  const decided = ledger.find((event) => event.type !== 'recorded' && event.entryId === entryId);
  if (decided !== undefined)
    problems.push({
      code: 'ledger_already_decided',
      path: '/entryId',
      params: { id: entryId, decision: decided.type, by: decided.by },
    });
  if (entry.service.volunteerId === action.by)
    problems.push({ code: 'ledger_self_approval', path: '/by', params: { id: entryId } });
  return problems;
}

/**
 * A coordinator approves a recorded entry (or a correction). The hours are then published
 * for the notice period (公示) and count after it. A volunteer cannot approve their own hours.
 */
export function approve(
  ledger: Ledger,
  entryId: string,
  action: LedgerAction,
): CheckResult<Ledger> {
  const locale = action.locale ?? DEFAULT_LOCALE;
  const problems = decide(ledger, entryId, action);
  const id = nextId(ledger, action, problems);
  if (problems.length > 0) return failed(problems, locale);
  return {
    ok: true,
    value: [
      ...ledger,
      { type: 'approved', id, seq: ledger.length + 1, at: action.at, by: action.by, entryId },
    ],
  };
}

/** A coordinator rejects a recorded entry, saying why. It never counts; it stays in the ledger. */
export function reject(
  ledger: Ledger,
  entryId: string,
  reason: string,
  action: LedgerAction,
): CheckResult<Ledger> {
  const locale = action.locale ?? DEFAULT_LOCALE;
  const problems = decide(ledger, entryId, action);
  if (reason.trim() === '') problems.push({ code: 'ledger_reason_missing', path: '/reason' });
  const id = nextId(ledger, action, problems);
  if (problems.length > 0) return failed(problems, locale);
  return {
    ok: true,
    value: [
      ...ledger,
      {
        type: 'rejected',
        id,
        seq: ledger.length + 1,
        at: action.at,
        by: action.by,
        entryId,
        reason,
      },
    ],
  };
}

/**
 * Corrects an entry with a new one (the original stays): the changed details, and why.
 * The correction is approved and published like any entry; once it counts, it replaces
 * the entry it corrects in every total. Only the latest entry of a chain can be corrected.
 *
 * @example
 * correct(ledger, '1', { hours: 2 }, '签退时间记错，实际 2 小时', { by: 'wang-zhan', at: now });
 */
export function correct(
  ledger: Ledger,
  entryId: string,
  changes: Partial<Omit<ServiceDetails, 'volunteerId'>>,
  reason: string,
  action: LedgerAction,
): CheckResult<Ledger> {
  const locale = action.locale ?? DEFAULT_LOCALE;
  const problems = checkAction(action);
  const entry = ledger.find((event) => event.type === 'recorded' && event.id === entryId);
  if (entry === undefined || entry.type !== 'recorded')
    return failed(
      [...problems, { code: 'ledger_unknown_entry', path: '/entryId', params: { id: entryId } }],
      locale,
    );
  const later = ledger.find((event) => event.type === 'recorded' && event.corrects === entryId);
  if (later !== undefined)
    problems.push({
      code: 'ledger_superseded',
      path: '/entryId',
      params: { id: entryId, latest: latestOf(ledger, entryId) },
    });
  if (reason.trim() === '') problems.push({ code: 'ledger_reason_missing', path: '/reason' });
  if ('volunteerId' in changes)
    problems.push({ code: 'ledger_volunteer_fixed', path: '/volunteerId' });
  const service: ServiceDetails = {
    ...entry.service,
    ...changes,
    volunteerId: entry.service.volunteerId,
  };
  problems.push(...checkService(service));
  const id = nextId(ledger, action, problems);
  if (problems.length > 0) return failed(problems, locale);
  return {
    ok: true,
    value: [
      ...ledger,
      {
        type: 'recorded',
        id,
        seq: ledger.length + 1,
        at: action.at,
        by: action.by,
        service,
        corrects: entryId,
        reason,
      },
    ],
  };
}

/** The newest entry of the chain of corrections that `entryId` belongs to. */
function latestOf(ledger: Ledger, entryId: string): string {
  let latest = entryId;
  for (;;) {
    const next = ledger.find((e) => e.type === 'recorded' && e.corrects === latest);
    if (next === undefined) return latest;
    latest = next.id;
  }
}
