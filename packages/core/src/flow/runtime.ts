import type { AnyMachineSnapshot } from 'xstate';
import type { Issue } from '../form';
import { DEFAULT_LOCALE } from '../i18n/locale';
import type { HistoryEntry, InstanceRow, JsonObject, TimerRow } from '../store/rows';
import { canRecordTimerFailures } from '../store/store';
import { defaultStepRegistry } from './builtin-steps';
import { type CompiledFlow, compileFlow } from './compile-flow';
import { type Actor, type FlowContext, type FlowEvent, SYSTEM_ACTOR } from './context';
import { assignmentOf, mayAct, openTasks, outboxRows, taskRows, timerRows } from './derive';
import { UnknownFlowError } from './errors';
import { isoTime } from './iso-time';
import { jobRetryPolicy, refuseJobRetry, retryDelay } from './job-retry';
import { formatFlowIssue } from './parse-flow';
import { type Refusal, refuse, refuseWith } from './refusal';
import type {
  Accepted,
  FlowRuntime,
  InstanceView,
  JobFailureReport,
  LocaleOption,
  RuntimeOptions,
  TaskCommand,
  TaskView,
} from './runtime-types';
import { activePaths, statePlan } from './state-plan';
import { flowZodIssues } from './zod-issues';

export type {
  Accepted,
  FireReport,
  FlowRuntime,
  InstanceView,
  JobFailureReport,
  JobRetried,
  LocaleOption,
  RuntimeOptions,
  TaskCommand,
  TaskView,
} from './runtime-types';

const asJson = (value: unknown): JsonObject => value as JsonObject;

/** What a commit wrote: the instance row, whether it armed jobs, its active paths. */
interface Committed {
  readonly row: InstanceRow;
  readonly jobs: boolean;
  readonly paths: readonly string[];
}

/**
 * Creates a {@link FlowRuntime}.
 *
 * @example
 * const runtime = createRuntime({ store: createMemoryStore(), definitions: [microWish] });
 * const { instance } = await runtime.start('micro-wish', { actor: resident });
 * await runtime.send(instance.id, { task: 'request', action: 'submit', data }, resident);
 */
export function createRuntime(options: RuntimeOptions): FlowRuntime {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const now = (): string => isoTime(clock().getTime());
  const hooks = options.hooks ?? {};
  const createId = options.createId ?? (() => globalThis.crypto.randomUUID());
  const runJobsInline = options.runJobsInline ?? true;
  const retry = jobRetryPolicy(options.jobRetry);
  // Compiled flows by id, then by version.
  const flows = new Map<string, Map<number, CompiledFlow>>();
  const latest = new Map<string, number>();
  for (const entry of options.definitions) {
    const compiled =
      'machine' in entry ? entry : compileFlow(entry, options.registry ?? defaultStepRegistry);
    const { id, version } = compiled.definition;
    let versions = flows.get(id);
    if (versions === undefined) {
      versions = new Map();
      flows.set(id, versions);
    }
    versions.set(version, compiled);
    if ((latest.get(id) ?? 0) < version) latest.set(id, version);
  }

  function flow(flowId: string, version?: number): CompiledFlow {
    const wanted = version ?? latest.get(flowId);
    const compiled = wanted === undefined ? undefined : flows.get(flowId)?.get(wanted);
    if (compiled === undefined)
      throw new UnknownFlowError(
        `The runtime has no flow "${flowId}" version ${wanted ?? '(any)'}. Pass it in createRuntime({ definitions }).`,
      );
    return compiled;
  }

  // Snapshots this runtime committed, by instance, with their last history seq, reused
  // while the stored version is the one committed (snapshots are immutable); any other
  // version is restored from the row. Stores may parse a row's snapshot only when it is
  // read, so a hit here also saves that parse.
  const recent = new Map<string, { version: number; snapshot: AnyMachineSnapshot; seq: number }>();
  const RECENT_LIMIT = 1000;
  function remember(id: string, version: number, snapshot: AnyMachineSnapshot, seq: number): void {
    recent.delete(id);
    recent.set(id, { version, snapshot, seq });
    if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  }
  /** What this runtime committed as `row`'s version, if it still remembers it. */
  const committedAs = (row: InstanceRow) => {
    const cached = recent.get(row.id);
    return cached?.version === row.version ? cached : undefined;
  };
  const restore = (compiled: CompiledFlow, row: InstanceRow): AnyMachineSnapshot => {
    const cached = committedAs(row);
    if (cached?.snapshot.machine === compiled.machine) return cached.snapshot;
    return compiled.machine.resolveState({
      value: row.snapshot.value as never,
      context: row.snapshot.context as unknown as FlowContext,
    }) as AnyMachineSnapshot;
  };

  const view = (row: InstanceRow, paths?: readonly string[]): InstanceView => ({
    id: row.id,
    flowId: row.flowId,
    flowVersion: row.flowVersion,
    version: row.version,
    status: row.status,
    state: paths === undefined ? activePaths(row.snapshot.value) : [...paths],
    context: row.snapshot.context as unknown as FlowContext,
  });
  const committedView = (done: Committed): InstanceView => view(done.row, done.paths);

  /** Commits a transition's result; null when the version guard refused it. */
  async function commit(
    compiled: CompiledFlow,
    previous: InstanceRow | null,
    id: string,
    snapshot: AnyMachineSnapshot,
    actions: readonly { type: string; params?: unknown }[],
    entry: Omit<HistoryEntry, 'instanceId' | 'seq' | 'state'>,
    adjustTimers?: (timers: TimerRow[]) => TimerRow[],
  ): Promise<Committed | null> {
    const { at } = entry;
    const version = (previous?.version ?? 0) + 1;
    const seq =
      previous === null ? 1 : (committedAs(previous)?.seq ?? (previous.snapshot.seq as number)) + 1;
    const context = snapshot.context as FlowContext;
    const instance: InstanceRow = {
      id,
      flowId: compiled.definition.id,
      flowVersion: compiled.definition.version,
      version,
      status: snapshot.status === 'done' ? 'done' : 'active',
      snapshot: asJson({ value: snapshot.value, context, seq }),
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
    };
    const done = instance.status === 'done';
    const plan = statePlan(compiled, snapshot);
    const open = done ? [] : openTasks(compiled, snapshot, plan);
    const wanted = done ? [] : timerRows(compiled, snapshot, id, open, plan);
    const timers = adjustTimers === undefined ? wanted : adjustTimers(wanted);
    const history: HistoryEntry = {
      at,
      actor: entry.actor,
      step: entry.step,
      event: entry.event,
      data: entry.data,
      comment: entry.comment,
      instanceId: id,
      seq,
      state: [...plan.paths],
    };
    const result = await store.commit({
      expectedVersion: previous?.version ?? 0,
      instance,
      history: [history],
      tasks: done ? [] : taskRows(compiled, snapshot, id, open),
      timers,
      outbox: outboxRows(compiled, actions, context, { instanceId: id, seq, at }),
    });
    if (!result.ok) return null;
    // A finished instance takes no more events, so its snapshot is not kept.
    if (done) recent.delete(id);
    else remember(id, version, snapshot, seq);
    const jobs = timers.some((timer) => timer.kind === 'job');
    return { row: instance, jobs, paths: plan.paths };
  }

  async function start(
    flowId: string,
    startOptions: { actor: Actor; data?: JsonObject; version?: number; id?: string },
  ): Promise<Accepted> {
    const compiled = flow(flowId, startOptions.version);
    const id = startOptions.id ?? createId();
    const at = now();
    const actor = { id: startOptions.actor.id, roles: [...startOptions.actor.roles] };
    const data = startOptions.data ?? {};
    const [snapshot, actions] = compiled.initialTransition({
      instanceId: id,
      flowId,
      actor,
      at,
      data,
    });
    const written = await commit(compiled, null, id, snapshot, actions, {
      at,
      actor,
      step: null,
      event: 'start',
      data,
      comment: null,
    });
    if (written === null) throw new RangeError(`An instance with the id "${id}" exists already.`);
    if (!(runJobsInline && written.jobs)) return { ok: true, instance: committedView(written) };
    await runJobs(written.row);
    return { ok: true, instance: view((await store.getInstance(id)) ?? written.row) };
  }

  async function send(
    instanceId: string,
    command: TaskCommand,
    actor: Actor,
    sendOptions: LocaleOption = {},
  ): Promise<Accepted | Refusal> {
    const locale = sendOptions.locale ?? DEFAULT_LOCALE;
    const row = await store.getInstance(instanceId);
    if (row === null) return refuse('unknown_instance', { instance: instanceId }, locale);
    if (command.expectedVersion !== undefined && command.expectedVersion !== row.version)
      return refuse(
        'stale_version',
        { expected: command.expectedVersion, current: row.version },
        locale,
      );
    if (row.status === 'done') return refuse('instance_done', {}, locale);
    const compiled = flow(row.flowId, row.flowVersion);
    const snapshot = restore(compiled, row);
    const context = snapshot.context as FlowContext;
    const open = statePlan(compiled, snapshot).tasks;
    const spec = open.find((candidate) => candidate.key === command.task);
    if (spec === undefined)
      return refuse(
        'unknown_task',
        { task: command.task, open: open.map((candidate) => candidate.key) },
        locale,
      );
    const assign = assignmentOf(spec, context);
    const assignment = {
      assignees: assign.assignee === undefined ? [] : compiled.assignees(assign.assignee, context),
      roles: assign.roles ?? [],
      groups: assign.candidateGroups ?? [],
    };
    if (!mayAct(assignment, actor))
      return refuse('not_allowed', { task: command.task, roles: assignment.roles }, locale);
    const action = spec.actions.find((candidate) => candidate.name === command.action);
    if (action === undefined)
      return refuse(
        'unknown_action',
        {
          task: command.task,
          action: command.action,
          allowed: spec.actions.map((a) => a.name),
        },
        locale,
      );
    const comment = command.comment?.trim() ? command.comment.trim() : undefined;
    if (action.comment === 'required' && comment === undefined)
      return refuse('comment_required', { action: command.action }, locale);
    let data: JsonObject = {};
    if (action.form !== undefined) {
      const form = compiled.forms.get(action.form);
      const checked = form?.validate(command.data ?? {}, { locale });
      if (checked && !checked.ok) return refuse('invalid_payload', {}, locale, checked.issues);
      if (checked?.ok) data = asJson(checked.value);
    } else if (action.payload !== undefined) {
      const parsed = action.payload.safeParse(command.data ?? {});
      if (!parsed.success) {
        const issues: Issue[] = flowZodIssues(parsed.error.issues, command.data ?? {}).map((raw) =>
          formatFlowIssue(raw, locale),
        );
        return refuse('invalid_payload', {}, locale, issues);
      }
      data = parsed.data;
    }
    const refused = action.refuse?.(context, actor, data);
    if (refused) return refuseWith(refused, locale);

    const at = now();
    const eventType = `${command.task}.${command.action}`;
    const who = { id: actor.id, roles: [...actor.roles] };
    const event: FlowEvent =
      comment === undefined
        ? { type: eventType, actor: who, at, data }
        : { type: eventType, actor: who, at, data, comment };
    const [next, actions] = compiled.transition(snapshot as never, event);
    if (next === snapshot) return refuse('unknown_event', { event: eventType }, locale);
    const written = await commit(compiled, row, instanceId, next, actions, {
      at,
      actor: who,
      step: spec.stepId,
      event: eventType,
      data,
      comment: comment ?? null,
    });
    if (written === null) {
      const current = await store.getInstance(instanceId);
      return refuse(
        'stale_version',
        { expected: row.version, current: current?.version ?? row.version },
        locale,
      );
    }
    if (!(runJobsInline && written.jobs)) return { ok: true, instance: committedView(written) };
    await runJobs(written.row);
    return { ok: true, instance: view((await store.getInstance(instanceId)) ?? written.row) };
  }

  /** Runs the jobs of an instance that are due now (new ones are due at the step's entry). */
  async function runJobs(row: InstanceRow): Promise<void> {
    if (row.status === 'done') return;
    const timers = await store.timersOf(row.id);
    const at = now();
    for (const timer of timers)
      if (timer.kind === 'job' && timer.failed !== true && timer.dueAt <= at) await fire(timer);
  }

  /** The step a timer belongs to, for history entries. */
  const stepOf = (compiled: CompiledFlow, key: string): string | null =>
    compiled.timers.find((t) => t.key === key)?.stepId ?? key.split('.')[0] ?? null;

  /**
   * Records a failed run of a job: postponed with backoff, or, after `maxAttempts`, a
   * `<step>.job_failed` history entry (and event, for steps with a human fallback) with
   * the row kept as failed. 'skipped' when another worker or commit came first.
   */
  async function recordFailure(
    compiled: CompiledFlow,
    row: InstanceRow,
    snapshot: AnyMachineSnapshot,
    timer: TimerRow,
    error: string,
  ): Promise<Omit<JobFailureReport, 'timer'> | 'skipped'> {
    const attempts = (timer.attempts ?? 0) + 1;
    if (!canRecordTimerFailures(store)) return { error, attempts, nextDueAt: timer.dueAt };
    const at = now();
    if (attempts < retry.maxAttempts) {
      const nextDueAt = isoTime(Date.parse(at) + retryDelay(attempts, retry));
      const written = await store.failTimer(row.id, timer.key, {
        seen: { dueAt: timer.dueAt, attempts: timer.attempts ?? 0 },
        attempts,
        nextDueAt,
        error,
      });
      return written ? { error, attempts, nextDueAt } : 'skipped';
    }
    const step = stepOf(compiled, timer.key);
    const data = { job: timer.key, attempts, error };
    const type = `${step ?? timer.key}.job_failed`;
    const [next, actions] = compiled.transition(snapshot as never, {
      type,
      actor: SYSTEM_ACTOR,
      at,
      data,
    });
    const armedAt = timer.armedAt ?? timer.dueAt;
    const written = await commit(
      compiled,
      row,
      row.id,
      next,
      actions,
      {
        at,
        actor: { id: SYSTEM_ACTOR.id, roles: [...SYSTEM_ACTOR.roles] },
        step,
        event: type,
        data,
        comment: null,
      },
      (timers) =>
        timers.map((candidate) =>
          candidate.key === timer.key && candidate.dueAt === armedAt
            ? {
                ...candidate,
                dueAt: timer.dueAt,
                armedAt,
                attempts,
                lastError: error,
                failed: true,
              }
            : candidate,
        ),
    );
    return written === null ? 'skipped' : { error, attempts, nextDueAt: null };
  }

  /** Fires one timer if it is still wanted; 'fired', 'skipped', or the job's failure. */
  async function fire(
    timer: TimerRow,
  ): Promise<'fired' | 'skipped' | Omit<JobFailureReport, 'timer'>> {
    if (timer.failed === true) return 'skipped';
    const row = await store.getInstance(timer.instanceId);
    if (row === null || row.status === 'done') return 'skipped';
    const compiled = flow(row.flowId, row.flowVersion);
    const snapshot = restore(compiled, row);
    // The timer must still be one the instance wants, or it already fired. A postponed
    // job is known by the time it was armed (the step's entry), not by when it is due.
    const armedAt = timer.armedAt ?? timer.dueAt;
    const wanted = timerRows(compiled, snapshot, row.id).find(
      (candidate) => candidate.key === timer.key && candidate.dueAt === armedAt,
    );
    if (wanted === undefined) return 'skipped';
    const context = snapshot.context as FlowContext;
    let data: JsonObject = {};
    if (wanted.kind === 'job') {
      const spec = compiled.timers.find((candidate) => candidate.key === wanted.key);
      const step = compiled.steps.get(spec?.stepId ?? '');
      if (spec?.kind !== 'job' || step === undefined) return 'skipped';
      try {
        data = await spec.run(
          {
            instanceId: row.id,
            step,
            data: context.data,
            volunteers: context.volunteers,
            now: now(),
          },
          hooks,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return recordFailure(compiled, row, snapshot, timer, message);
      }
    }
    const at = now();
    const event: FlowEvent = { type: wanted.event, actor: SYSTEM_ACTOR, at, data };
    const [next, actions] = compiled.transition(snapshot as never, event);
    const written = await commit(compiled, row, row.id, next, actions, {
      at,
      actor: { id: SYSTEM_ACTOR.id, roles: [...SYSTEM_ACTOR.roles] },
      step: stepOf(compiled, wanted.key),
      event: wanted.event,
      data: wanted.kind === 'job' ? data : null,
      comment: null,
    });
    if (written === null) return 'skipped';
    if (runJobsInline && written.jobs) await runJobs(written.row);
    return 'fired';
  }

  return {
    start,
    send,
    flow,
    async tasksFor(actor, query = {}) {
      const rows = await store.tasksFor({
        actorId: actor.id,
        roles: actor.roles,
        groups: actor.groups ?? [],
        flowId: query.flowId,
        limit: query.limit,
      });
      const instances = new Map<string, InstanceRow | null>();
      const views: TaskView[] = [];
      for (const task of rows) {
        if (!instances.has(task.instanceId))
          instances.set(task.instanceId, await store.getInstance(task.instanceId));
        const row = instances.get(task.instanceId);
        if (!row) continue;
        const compiled = flow(row.flowId, row.flowVersion);
        const step = compiled.steps.get(task.stepId);
        views.push({
          instanceId: row.id,
          instanceVersion: row.version,
          flowId: row.flowId,
          key: task.key,
          stepId: task.stepId,
          title: step?.title ?? task.stepId,
          actions: task.actions,
          form: task.form === null ? null : (compiled.forms.get(task.form)?.definition ?? null),
          data: (row.snapshot.context as unknown as FlowContext).data,
          dueAt: task.dueAt,
          since: task.since,
        });
      }
      return views;
    },
    async instance(instanceId) {
      const row = await store.getInstance(instanceId);
      return row === null ? null : view(row);
    },
    history: (instanceId) => store.history(instanceId),
    async fireDueTimers(fireOptions = {}) {
      const due = await store.dueTimers(now(), fireOptions.limit ?? 100);
      const fired: string[] = [];
      const failed: JobFailureReport[] = [];
      let skipped = 0;
      for (const timer of due) {
        const outcome = await fire(timer);
        const name = `${timer.instanceId} ${timer.key}`;
        if (outcome === 'fired') fired.push(name);
        else if (outcome === 'skipped') skipped += 1;
        else failed.push({ timer: name, ...outcome });
      }
      return { fired, skipped, failed };
    },
    async retryJob(instanceId, key, retryOptions = {}) {
      const locale = retryOptions.locale ?? DEFAULT_LOCALE;
      const row = await store.getInstance(instanceId);
      if (row === null) return refuseJobRetry('unknown_instance', { instance: instanceId }, locale);
      if (row.status === 'done') return refuseJobRetry('instance_done', {}, locale);
      const compiled = flow(row.flowId, row.flowVersion);
      const snapshot = restore(compiled, row);
      const jobs = (await store.timersOf(instanceId)).filter((timer) => timer.kind === 'job');
      const armedAt = (timer: TimerRow): string => timer.armedAt ?? timer.dueAt;
      const wanted = timerRows(compiled, snapshot, row.id);
      const job = jobs.find(
        (timer) =>
          timer.key === key &&
          wanted.some((candidate) => candidate.key === key && candidate.dueAt === armedAt(timer)),
      );
      if (job === undefined)
        return refuseJobRetry('unknown_job', { job: key, jobs: jobs.map((t) => t.key) }, locale);
      const at = now();
      const actor = retryOptions.actor ?? SYSTEM_ACTOR;
      const step = stepOf(compiled, key);
      const written = await commit(
        compiled,
        row,
        row.id,
        snapshot,
        [],
        {
          at,
          actor: { id: actor.id, roles: [...actor.roles] },
          step,
          event: `${step ?? key}.job_retry`,
          data: { job: key, attempts: job.attempts ?? 0, error: job.lastError ?? null },
          comment: null,
        },
        (timers) =>
          timers.map((candidate) =>
            candidate.key === key && candidate.dueAt === armedAt(job)
              ? {
                  ...candidate,
                  dueAt: at,
                  armedAt: armedAt(job),
                  attempts: 0,
                  lastError: job.lastError ?? '',
                  failed: false,
                }
              : candidate,
          ),
      );
      if (written === null) {
        const current = await store.getInstance(instanceId);
        return refuse(
          'stale_version',
          { expected: row.version, current: current?.version },
          locale,
        );
      }
      if (!runJobsInline) return { ok: true, outcome: 'armed', instance: committedView(written) };
      const rearmed = (await store.timersOf(instanceId)).find((timer) => timer.key === key);
      const outcome = rearmed === undefined ? 'skipped' : await fire(rearmed);
      const latest = view((await store.getInstance(instanceId)) ?? written.row);
      if (outcome === 'fired') return { ok: true, outcome: 'fired', instance: latest };
      if (outcome === 'skipped') return { ok: true, outcome: 'armed', instance: latest };
      return {
        ok: true,
        outcome: 'failed',
        instance: latest,
        failure: { timer: `${instanceId} ${key}`, ...outcome },
      };
    },
    async migrate(instanceId, toVersion, stateMap, migrateOptions = {}) {
      const locale = migrateOptions.locale ?? DEFAULT_LOCALE;
      const row = await store.getInstance(instanceId);
      if (row === null) return refuse('unknown_instance', { instance: instanceId }, locale);
      const from = flow(row.flowId, row.flowVersion);
      const to = flow(row.flowId, toVersion);
      const value = row.snapshot.value;
      // Top-level steps are never parallel, so exactly one is active.
      const stepId =
        typeof value === 'string' ? value : (Object.keys(value as JsonObject)[0] as string);
      const same = to.steps.get(stepId);
      const target =
        stateMap[stepId] ??
        (same && same.type === from.steps.get(stepId)?.type ? stepId : undefined);
      if (target === undefined)
        return refuse('migration_unmapped', { step: stepId, version: toVersion }, locale);
      if (!to.steps.has(target))
        return refuse(
          'migration_unknown_step',
          { step: target, version: toVersion, allowed: [...to.steps.keys()] },
          locale,
        );
      // Keep the inner state when the target has the same type; else the target starts afresh.
      const inner = typeof value === 'string' ? undefined : (value as JsonObject)[stepId];
      const sameType = to.steps.get(target)?.type === from.steps.get(stepId)?.type;
      const targetValue = sameType && inner !== undefined ? { [target]: inner } : target;
      const old = row.snapshot.context as unknown as FlowContext;
      const context: FlowContext =
        target === stepId ? old : { ...old, steps: { ...old.steps, [target]: { since: now() } } };
      const snapshot = to.machine.resolveState({
        value: targetValue as never,
        context,
      }) as AnyMachineSnapshot;
      const at = now();
      const actor = migrateOptions.actor ?? SYSTEM_ACTOR;
      const written = await commit(to, row, row.id, snapshot, [], {
        at,
        actor: { id: actor.id, roles: [...actor.roles] },
        step: null,
        event: 'migrate',
        data: { fromVersion: row.flowVersion, toVersion, stateMap: { ...stateMap } },
        comment: null,
      });
      if (written === null) {
        const current = await store.getInstance(instanceId);
        return refuse(
          'stale_version',
          { expected: row.version, current: current?.version },
          locale,
        );
      }
      return { ok: true, instance: committedView(written) };
    },
  };
}
