// A writer process for the crash and two-process tests, bundled by `child-process.ts`.
// `stream <file> <lanes>`: commits forever on `lanes` lanes at once, each instance to
// version 3; prints `ack <id> <version>` once a commit is acknowledged.
// `race <file> <name> <rounds>`: waits for `go` on stdin, then tries to advance a few
// shared instances by one version each, printing `ok <id> <version>` or `stale <id>`.
// `open <file>`: commits once and leaves the store open.
// `claim <file> <owner>`: waits for `go`, then claims due timers three at a time until
// none is left, printing `claimed <instanceId> <key>` for each.
import type { InstanceCommit } from '@yizhan/core/flow';
import { openSqliteStore } from '../../src';

const [mode, file, arg, rounds] = process.argv.slice(2);
const store = openSqliteStore({ file: file as string });
// The writer thread's script is bundled beside this one: commits go through it.
process.stdout.write(`writes on ${store.writesOnThread ? 'the writer thread' : 'this thread'}\n`);
const T0 = Date.parse('2026-12-01T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** Version `version` of an instance: one task, one timer, one history entry, one message. */
function commitOf(id: string, version: number, event: string): InstanceCommit {
  return {
    expectedVersion: version - 1,
    instance: {
      id,
      flowId: 'micro-wish',
      flowVersion: 1,
      version,
      status: version === 3 ? 'done' : 'active',
      snapshot: { value: `step${version}`, context: { data: { wish: '帮忙卖菜', version } } },
      createdAt: at(0),
      updatedAt: at(version),
    },
    history: [
      {
        instanceId: id,
        seq: version,
        at: at(version),
        actor: { id: 'li-mei', roles: ['resident'] },
        step: `step${version}`,
        event,
        data: { version },
        comment: null,
        state: [`step${version}`],
      },
    ],
    tasks: [
      {
        instanceId: id,
        key: `step${version}`,
        stepId: `step${version}`,
        flowId: 'micro-wish',
        flowVersion: 1,
        actions: ['submit'],
        form: null,
        assignees: ['li-mei'],
        roles: ['coordinator'],
        groups: [],
        dueAt: at(60 + version),
        since: at(version),
      },
    ],
    timers: [
      { instanceId: id, key: `step${version}.due`, kind: 'deadline', event: 'due', dueAt: at(60) },
    ],
    outbox: [
      {
        id: `${id}/${version}/0`,
        instanceId: id,
        seq: version,
        index: 0,
        at: at(version),
        step: `step${version}`,
        channel: 'sms',
        to: { assignees: ['li-mei'], roles: [] },
        message: { 'zh-CN': `第${version}步`, en: `step ${version}` },
      },
    ],
  };
}

async function stream(lanes: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (;;) {
        const id = `c-${process.pid}-${++next}`;
        for (let version = 1; version <= 3; version += 1) {
          const result = await store.commit(commitOf(id, version, `step${version}.submit`));
          if (!result.ok) throw new Error(`unexpected stale commit of ${id}`);
          process.stdout.write(`ack ${id} ${version}\n`);
        }
      }
    }),
  );
}

async function race(name: string, count: number): Promise<void> {
  const ids = ['shared-1', 'shared-2', 'shared-3'];
  for (let round = 0; round < count; round += 1) {
    const id = ids[round % ids.length] as string;
    const current = await store.getInstance(id);
    const version = (current?.version ?? 0) + 1;
    const change = commitOf(id, version, `${name}.${version}`);
    const result = await store.commit({
      ...change,
      instance: { ...change.instance, status: 'active' },
    });
    process.stdout.write(result.ok ? `ok ${id} ${version}\n` : `stale ${id}\n`);
  }
  await store.close();
}

async function claim(owner: string): Promise<void> {
  for (;;) {
    const claimed = await store.claimDueTimers(at(120), 3, 60_000, owner);
    if (claimed.length === 0) break;
    for (const timer of claimed) process.stdout.write(`claimed ${timer.instanceId} ${timer.key}\n`);
  }
  await store.close();
}

if (mode === 'stream') await stream(Number(arg));
else if (mode === 'open') {
  // `open <file>`: one commit, acknowledged, and the store left open: the process must
  // still end by itself (the writer thread does not hold it).
  const result = await store.commit(commitOf('left-open', 1, 'start'));
  process.stdout.write(`ack left-open ${result.ok ? 1 : 0}\n`);
} else {
  process.stdout.write('ready\n');
  process.stdin.once('data', () => {
    (mode === 'claim' ? claim(arg as string) : race(arg as string, Number(rounds))).then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(String(error));
        process.exit(1);
      },
    );
  });
}
