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

/** The clock and rule that decide whether approved hours count yet. */
export interface CountingRule {
  /** The time to count at (ISO 8601). */
  readonly now: string;
  /** Days approved hours are published (公示) before they count; 0 counts them at once. */
  readonly noticeDays: number;
}

/** Where an entry stands at a time. */
export type EntryStatus = 'pending' | 'rejected' | 'in-notice' | 'counted' | 'superseded';

/** One recorded entry with its standing, for lists, exports and the volunteer's own view. */
export interface LedgerEntryView {
  readonly id: string;
  readonly service: ServiceDetails;
  readonly recordedAt: string;
  readonly status: EntryStatus;
  readonly approvedAt?: string;
  readonly approvedBy?: string;
  /** When the notice period ends and the hours count. */
  readonly countsFrom?: string;
  readonly rejectedReason?: string;
  readonly corrects?: string;
  readonly correctionReason?: string;
  /** The first entry of the chain of corrections this entry belongs to. */
  readonly original: string;
}

const DAY = 86_400_000;

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

function latestOf(ledger: Ledger, entryId: string): string {
  let latest = entryId;
  for (
    let next = ledger.find((e) => e.type === 'recorded' && e.corrects === latest);
    next !== undefined;
    next = ledger.find((e) => e.type === 'recorded' && e.corrects === latest)
  )
    latest = next.id;
  return latest;
}

/**
 * Every recorded entry with where it stands at `rule.now`: pending, rejected, in its
 * notice period, counted, or superseded by a correction that counts. In ledger order.
 */
export function ledgerEntries(ledger: Ledger, rule: CountingRule): LedgerEntryView[] {
  const now = Date.parse(rule.now);
  const decisions = new Map<string, Extract<LedgerEvent, { type: 'approved' | 'rejected' }>>();
  const originals = new Map<string, string>();
  const recorded: Extract<LedgerEvent, { type: 'recorded' }>[] = [];
  for (const event of ledger) {
    if (event.type === 'recorded') {
      recorded.push(event);
      originals.set(
        event.id,
        event.corrects === undefined ? event.id : (originals.get(event.corrects) ?? event.corrects),
      );
    } else if (!decisions.has(event.entryId)) decisions.set(event.entryId, event);
  }
  const base = recorded.map((event) => {
    const decision = decisions.get(event.id);
    const countsFrom =
      decision?.type === 'approved'
        ? new Date(Date.parse(decision.at) + rule.noticeDays * DAY).toISOString()
        : undefined;
    const status: EntryStatus =
      decision === undefined
        ? 'pending'
        : decision.type === 'rejected'
          ? 'rejected'
          : Date.parse(countsFrom as string) <= now
            ? 'counted'
            : 'in-notice';
    return { event, decision, countsFrom, status };
  });
  // In each chain, only the latest counted entry counts; earlier counted ones are superseded.
  const latestCounted = new Map<string, number>();
  base.forEach(({ event, status }, index) => {
    if (status === 'counted') latestCounted.set(originals.get(event.id) as string, index);
  });
  return base.map(({ event, decision, countsFrom, status }, index) => {
    const original = originals.get(event.id) as string;
    const superseded = status === 'counted' && latestCounted.get(original) !== index;
    return {
      id: event.id,
      service: event.service,
      recordedAt: event.at,
      status: superseded ? 'superseded' : status,
      ...(decision?.type === 'approved'
        ? { approvedAt: decision.at, approvedBy: decision.by }
        : {}),
      ...(countsFrom === undefined ? {} : { countsFrom }),
      ...(decision?.type === 'rejected' ? { rejectedReason: decision.reason } : {}),
      ...(event.corrects === undefined ? {} : { corrects: event.corrects }),
      ...(event.reason === undefined ? {} : { correctionReason: event.reason }),
      original,
    };
  });
}

/** The entries that count at `rule.now`: one per chain of corrections at most. */
export function countedEntries(ledger: Ledger, rule: CountingRule): LedgerEntryView[] {
  return ledgerEntries(ledger, rule).filter((entry) => entry.status === 'counted');
}

/**
 * The hours that count for a volunteer at `rule.now`: approved, past the notice period,
 * and for a corrected service the latest correction that counts. Rounded to two decimals.
 *
 * @example
 * hoursOf('v-zhang', ledger, { now: '2026-12-20T00:00:00Z', noticeDays: 7 }); // 12.5
 */
export function hoursOf(volunteerId: string, ledger: Ledger, rule: CountingRule): number {
  let hundredths = 0;
  for (const entry of countedEntries(ledger, rule))
    if (entry.service.volunteerId === volunteerId)
      hundredths += Math.round(entry.service.hours * 100);
  return hundredths / 100;
}

/** Counted hours of every volunteer in the ledger, rounded to two decimals. */
export function hoursByVolunteer(ledger: Ledger, rule: CountingRule): Map<string, number> {
  const hundredths = new Map<string, number>();
  for (const entry of countedEntries(ledger, rule))
    hundredths.set(
      entry.service.volunteerId,
      (hundredths.get(entry.service.volunteerId) ?? 0) + Math.round(entry.service.hours * 100),
    );
  return new Map([...hundredths].map(([id, value]) => [id, value / 100]));
}
