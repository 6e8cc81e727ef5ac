// Sign-ups per second and p50/p99 latency over loopback: the Yizhan server in its own
// process (SQLite file; PostgreSQL too when DATABASE_URL is set or the test PostgreSQL can
// start), autocannon in this process, beside two baselines: a bare Hono hello-world route
// and the same server over the memory store.
//
//   node packages/server/bench/signups.mjs [--requests 20000] [--connections 50] [--warmup 2000]
//     [--only memory,sqlite,normal,postgres] [--runs spread,keyed,hot] [--before <git revision>]
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { bundleForNode } from '../../../scripts/bundle-for-node.mjs';

const here = import.meta.dirname;
const say = (...parts) => process.stdout.write(`${parts.join(' ')}\n`);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const REQUESTS = option('requests', 20_000);
const CONNECTIONS = option('connections', 50);
const PROJECTS = option('projects', 100);
/** Sign-ups sent to each server before its measured runs (half of them keyed), not counted. */
const WARMUP = option('warmup', 2000);
/** `--only memory,sqlite` (any of memory, sqlite, normal, postgres) runs those stores (for profiling with BENCH_NODE_ARGS). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const wanted = (name) => ONLY === null || ONLY.split(',').includes(name);
/** `--runs spread,keyed,hot` picks the runs of each store (all three by default). */
const RUNS = args.includes('--runs')
  ? args[args.indexOf('--runs') + 1].split(',')
  : ['spread', 'keyed', 'hot'];
/** `--before <rev>`: also runs the server of that git revision over SQLite, alternating with this one. */
const BEFORE = args.includes('--before') ? args[args.indexOf('--before') + 1] : null;
const SECRET = 'bench-secret-0123456789abcdef';
const CHONGWEN = ['luling', 'hedong', 'chongwen'];

const b64 = (buffer) => Buffer.from(buffer).toString('base64url');
function token(claims) {
  const payload = b64(JSON.stringify(claims));
  return `${payload}.${b64(createHmac('sha256', SECRET).update(payload).digest())}`;
}

/** Bundles a TypeScript entry of the workspace (sources, `@yizhan/source`) into one ESM file. */
function bundleEntry(entry, name) {
  return bundleForNode({
    entry,
    outfile: join(mkdtempSync(join(tmpdir(), 'yizhan-bench-')), name),
  });
}

const bundle = () => bundleEntry(resolve(here, '../test/process/server-main.ts'), 'server.mjs');
/**
 * Bundles the server of another git revision (its `packages/server/src`, over this
 * checkout's core and stores), unpacked inside the package so its imports resolve.
 */
async function bundleRevision(revision) {
  const serverDir = resolve(here, '..');
  const folder = mkdtempSync(join(serverDir, '.bench-before-'));
  try {
    const archive = execFileSync('git', ['archive', revision, 'src'], { cwd: serverDir });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    writeFileSync(
      join(folder, 'server-main.ts'),
      readFileSync(resolve(here, '../test/process/server-main.ts'), 'utf8').replace(
        "'../../src/index'",
        "'./src/index'",
      ),
    );
    return await bundleEntry(join(folder, 'server-main.ts'), 'server-before.mjs');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const bundleMemory = () => bundleEntry(resolve(here, 'memory-main.ts'), 'memory.mjs');

function start(file, env) {
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, file], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match)
        resolveStart({
          url: match[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
  });
}

async function post(url, path, auth, body) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${path}: ${JSON.stringify(answer)}`);
  return answer;
}

const coordinator = token({ id: 'wang-zhan', roles: ['coordinator'], place: CHONGWEN });
const signupFlow = (id, capacity) => ({
  schemaVersion: 1,
  id,
  version: 1,
  title: { 'zh-CN': '暑期公益托管班', en: 'Summer child-care class' },
  roles: [
    { id: 'volunteer', title: '志愿者' },
    { id: 'coordinator', title: '站长' },
  ],
  steps: [
    {
      id: 'enrol',
      type: 'signup',
      capacity,
      assign: { roles: ['volunteer'] },
      closeBy: { roles: ['coordinator'] },
      next: 'done',
    },
    { id: 'done', type: 'end' },
  ],
});

/** Opens `projects` sign-up projects and answers their instance ids. */
async function openProjects(url, flowId, projects) {
  await post(url, '/definitions', coordinator, { definition: signupFlow(flowId, 50) });
  const ids = [];
  for (let i = 0; i < projects; i += 1)
    ids.push((await post(url, '/instances', coordinator, { flowId })).id);
  return ids;
}

/**
 * Signed tokens of `count` distinct volunteers for one run: every run signs up people the
 * server has not seen, so each pays for verifying its tokens (the authenticator caches
 * tokens it verified, which would favour later runs).
 */
const volunteersFor = (run, count = REQUESTS) =>
  Array.from({ length: count }, (_, n) =>
    token({ id: `volunteer-${run}-${n}`, roles: ['volunteer'], place: CHONGWEN }),
  );

function cannon(url, requestFor, amount = REQUESTS) {
  let next = 0;
  const started = performance.now();
  let last = started;
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        amount,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({ ...request, ...requestFor(next++) }),
          },
        ],
      },
      // autocannon ends a run on its one-second tick, so its `duration` is whole seconds:
      // the run's time is taken from the first request to the last answer instead.
      (error, result) =>
        error ? reject(error) : resolveRun({ ...result, seconds: (last - started) / 1000 }),
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
}

const figures = (name, result) => ({
  name,
  perSecond: Math.round(result.requests.total / result.seconds),
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  statuses: Object.keys(result.statusCodeStats ?? {}).join(' '),
  errors: result.errors,
});

async function runStore(label, file, env) {
  const server = await start(file, env);
  try {
    const rows = [];
    // Warm-up (JIT, caches, the file's first pages): without it the first run pays for it.
    if (WARMUP > 0) {
      const warm = await openProjects(server.url, 'bench-warmup', PROJECTS);
      const volunteers = volunteersFor('warmup', WARMUP);
      await cannon(
        server.url,
        (n) => ({
          path: `/instances/${warm[n % warm.length]}/events`,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${volunteers[n]}`,
            ...(n % 2 === 0 ? { 'idempotency-key': `warmup-key-${n}` } : {}),
          },
          body: '{"task":"enrol","action":"signup"}',
        }),
        WARMUP,
      );
    }
    const spread = RUNS.includes('spread')
      ? await openProjects(server.url, 'bench-spread', PROJECTS)
      : [];
    if (spread.length > 0) {
      const people = volunteersFor(`${label}-spread`);
      rows.push(
        figures(
          `${label}: sign-ups over ${PROJECTS} projects`,
          await cannon(server.url, (n) => ({
            path: `/instances/${spread[n % spread.length]}/events`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${people[n]}`,
            },
            body: '{"task":"enrol","action":"signup"}',
          })),
        ),
      );
    }
    const keyed = RUNS.includes('keyed')
      ? await openProjects(server.url, 'bench-keyed', PROJECTS)
      : [];
    if (keyed.length > 0) {
      const people = volunteersFor(`${label}-keyed`);
      rows.push(
        figures(
          `${label}: … with Idempotency-Key`,
          await cannon(server.url, (n) => ({
            path: `/instances/${keyed[n % keyed.length]}/events`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${people[n]}`,
              'idempotency-key': `bench-key-${n}`,
            },
            body: '{"task":"enrol","action":"signup"}',
          })),
        ),
      );
    }
    const [hot] = RUNS.includes('hot') ? await openProjects(server.url, 'bench-hot', 1) : [];
    if (hot !== undefined) {
      const people = volunteersFor(`${label}-hot`);
      rows.push(
        figures(
          `${label}: sign-ups to one project`,
          await cannon(server.url, (n) => ({
            path: `/instances/${hot}/events`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${people[n]}`,
            },
            body: '{"task":"enrol","action":"signup"}',
          })),
        ),
      );
    }
    return rows;
  } finally {
    await server.stop();
  }
}

const print = (rows, baseline) => {
  say(
    `\n${'run'.padEnd(60)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'non-2xx'.padStart(9)}${'vs hello'.padStart(10)}`,
  );
  for (const row of rows)
    say(
      `${row.name.padEnd(60)}${String(row.perSecond).padStart(9)}${String(row.p50).padStart(9)}${String(row.p99).padStart(9)}${String(row.non2xx + row.errors).padStart(9)}${`${((row.perSecond / baseline) * 100).toFixed(0)}%`.padStart(10)}`,
    );
};

say(
  `▶ sign-ups: ${REQUESTS} requests per run, ${CONNECTIONS} connections (autocannon in this process, servers in their own)`,
);
const file = await bundle();
const hello = await start(resolve(here, 'hello-main.mjs'), {});
const baselineResult = figures(
  'baseline: bare Hono hello-world POST',
  await cannon(hello.url, () => ({ path: '/hello' })),
);
await hello.stop();

const folder = mkdtempSync(join(tmpdir(), 'yizhan-bench-data-'));
const rows = [baselineResult];
try {
  // The ceiling: the same server over the memory store (nothing written to disk).
  if (wanted('memory'))
    rows.push(...(await runStore('memory store', await bundleMemory(), { YIZHAN_SECRET: SECRET })));
  if (BEFORE !== null && wanted('sqlite'))
    rows.push(
      ...(await runStore(`SQLite, server of ${BEFORE}`, await bundleRevision(BEFORE), {
        YIZHAN_DATA: join(folder, 'bench-before.db'),
        YIZHAN_SECRET: SECRET,
      })),
    );
  if (wanted('sqlite'))
    rows.push(
      ...(await runStore('SQLite', file, {
        YIZHAN_DATA: join(folder, 'bench.db'),
        YIZHAN_SECRET: SECRET,
      })),
    );
  if (wanted('normal'))
    rows.push(
      ...(await runStore('SQLite synchronous=normal', file, {
        YIZHAN_DATA: join(folder, 'bench-normal.db'),
        YIZHAN_SECRET: SECRET,
        YIZHAN_SQLITE_SYNCHRONOUS: 'normal',
      })),
    );
  let databaseUrl = process.env.DATABASE_URL;
  let stopPostgres = null;
  if (!databaseUrl && wanted('postgres')) {
    try {
      const testing = await bundleEntry(
        resolve(here, '../../store-postgres/src/testing.ts'),
        'testing.mjs',
      );
      const { startTestPostgres } = await import(testing);
      // Durable, like production: every commit is fsynced.
      ({ url: databaseUrl, stop: stopPostgres } = await startTestPostgres({ durable: true }));
    } catch (error) {
      say(`(no test PostgreSQL: ${error.message})`);
      databaseUrl = undefined;
    }
  }
  if (databaseUrl && wanted('postgres')) {
    rows.push(
      ...(await runStore('PostgreSQL', file, {
        DATABASE_URL: databaseUrl,
        YIZHAN_PG_SCHEMA: `bench_${process.pid}`,
        YIZHAN_SECRET: SECRET,
      })),
    );
    await stopPostgres?.();
  } else {
    say('(PostgreSQL skipped: set DATABASE_URL to a database the benchmark may write to)');
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
print(rows, baselineResult.perSecond);
for (const prefix of ['SQLite: sign-ups over', 'SQLite synchronous=normal: sign-ups over']) {
  const row = rows.find((candidate) => candidate.name.startsWith(prefix));
  if (row === undefined) continue;
  say(
    `budget (${prefix.split(':')[0]}): ≥ 2,000 sign-ups/s, p99 < 50 ms: ${row.perSecond >= 2000 && row.p99 < 50 ? 'met' : 'NOT met'} (${row.perSecond}/s, p99 ${row.p99} ms)`,
  );
}
