// The flow runtime's CPU per event, over the memory store and over SQLite on a temp file
// (synchronous=full): the runtime benchmark's flow (request → match → serve → evaluate,
// four events per instance, `runBenchInstance`), `--lanes` instances side by side.
// `sqlite` writes through the store's writer thread (the default), `sqlite-inline` on the
// runtime's own thread (`writerThread: false`). `--store runtime` runs over a store that only keeps the rows it is given (no copies, no
// tasks or timers): the runtime's own work. `both` is memory and both SQLite ways.
//
//   node packages/store-sqlite/bench/profile-runtime.mjs [--instances 4000] [--lanes 200]
//        [--store memory|sqlite|sqlite-inline|runtime|both] [--profile] [--top 25] [--rounds 1]
//        [--baseline <folder>]
//
// The workspace sources are bundled with esbuild (the `@yizhan/source` condition) into a
// temporary folder and run by plain Node, each measurement in a fresh process.
// `--profile` runs them under `node --cpu-prof` and prints the functions with the most
// self time and inclusive time. `--baseline <folder>` also runs a second copy of the
// sources (a folder holding `packages/core/src` and `packages/store-sqlite/src`, such as
// `git archive HEAD packages/core/src packages/store-sqlite/src | tar -x -C /tmp/base`),
// alternating with the working tree round by round, and prints the ratio of each pair.
// Besides events a second it prints the process's CPU time (user + system) per event,
// which a loaded machine disturbs less than the rate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const workspace = resolve(here, '../../..');
const require = createRequire(join(workspace, 'packages/store-sqlite/package.json'));
const betterSqlite = require.resolve('better-sqlite3');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const instances = Number(option('instances', '4000'));
const lanes = Number(option('lanes', '200'));
const which = option('store', 'both');
const profile = args.includes('--profile');
const top = Number(option('top', '25'));
const rounds = Number(option('rounds', '1'));
const baseline = option('baseline', undefined);

// What each process runs: warm up on 200 instances, then time `instances` of them.
const workload = `
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, createRuntime, parseFlow } from '@yizhan/core/flow';
import { benchFlowDefinition, runBenchInstance } from '@yizhan/core/testing';
import { openSqliteStore } from '@yizhan/store-sqlite';

const [kind, count, lanes] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const parsed = parseFlow(benchFlowDefinition);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const folder = mkdtempSync(join(tmpdir(), 'yizhan-profile-'));
// 'runtime': a store that keeps the committed instance rows as given and nothing else,
// so what is measured is the runtime's own work.
const rows = new Map();
const bare = {
  ...createMemoryStore(),
  getInstance: async (id) => rows.get(id) ?? null,
  commit: async (change) => {
    const current = rows.get(change.instance.id)?.version ?? null;
    if ((current ?? 0) !== change.expectedVersion)
      return { ok: false, reason: 'stale', currentVersion: current };
    rows.set(change.instance.id, change.instance);
    return { ok: true };
  },
};
const store =
  kind === 'memory'
    ? createMemoryStore()
    : kind === 'runtime'
      ? bare
      : openSqliteStore({ file: join(folder, 'runtime.db'), writerThread: kind === 'sqlite-inline' ? false : undefined });
let counter = 0;
const runtime = createRuntime({
  store,
  definitions: [parsed.value],
  clock: () => new Date('2026-12-01T08:00:00.000Z'),
  createId: () => 'i-' + ++counter,
});
async function run(total) {
  let left = total;
  let events = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (left > 0) {
        left -= 1;
        const sent = await runBenchInstance(runtime);
        events += sent;
      }
    }),
  );
  return events;
}
await run(200);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const events = await run(count);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
if ('close' in store) await store.close();
rmSync(folder, { recursive: true, force: true });
console.log(JSON.stringify({ kind, lanes, events, ms, rate: (events / ms) * 1000, cpuPerEvent: (cpu.user + cpu.system) / events }));
`;

/**
 * Bundles the workload over the sources under `root` into `folder`/`name`/`name`.mjs, with
 * the store's writer thread beside it when the sources have one.
 */
async function bundle(root, folder, name) {
  const outfile = join(folder, name, `${name}.mjs`);
  const thread = join(root, 'packages/store-sqlite/src/writer-thread.ts');
  if (existsSync(thread))
    await build({
      entryPoints: [thread],
      outfile: join(folder, name, 'writer-thread.js'),
      ...shared(root),
    });
  await build({
    stdin: { contents: workload, resolveDir: here, loader: 'ts' },
    outfile,
    ...shared(root),
  });
  return outfile;
}

/** The esbuild options of both bundles: the workspace's sources, better-sqlite3 outside. */
function shared(root) {
  const sources = {
    '@yizhan/core/flow': join(root, 'packages/core/src/flow.ts'),
    '@yizhan/core/testing': join(root, 'packages/core/src/testing.ts'),
    '@yizhan/store-sqlite': join(root, 'packages/store-sqlite/src/index.ts'),
  };
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@yizhan/source'],
    nodePaths: [join(workspace, 'packages/core/node_modules'), join(workspace, 'node_modules')],
    logLevel: 'silent',
    plugins: [
      {
        name: 'sources-and-native',
        setup(plugin) {
          plugin.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: betterSqlite,
            external: true,
          }));
          plugin.onResolve({ filter: /^@yizhan\/(core|store-sqlite)/ }, (found) =>
            sources[found.path] === undefined ? undefined : { path: sources[found.path] },
          );
        },
      },
    ],
  };
}

/** Runs a bundle once in a fresh Node; answers its figures and, with --profile, the profile. */
function measure(script, kind, folder) {
  const profileDir = mkdtempSync(join(folder, 'cpu-'));
  const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const ran = spawnSync(
    process.execPath,
    [...flags, script, kind, String(instances), String(lanes)],
    {
      encoding: 'utf8',
    },
  );
  if (ran.status !== 0) throw new Error(`${kind} failed:\n${ran.stderr}`);
  const figures = JSON.parse(ran.stdout.trim().split('\n').at(-1));
  // One profile per thread: the main thread's first (the writer thread starts later).
  const files = profile
    ? readdirSync(profileDir)
        .filter((name) => name.endsWith('.cpuprofile'))
        .sort()
    : [];
  return {
    figures,
    profiles: files.map((file) => JSON.parse(readFileSync(join(profileDir, file), 'utf8'))),
  };
}

/** Self and inclusive time per function (each function counted once per sample's stack). */
function summarize(cpu) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').slice(-2).join('/');
    return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  cpu.samples.forEach((id, index) => {
    const delta = cpu.timeDeltas[index] ?? 0;
    total += delta;
    const leaf = byId.get(id);
    const leafName = nameOf(leaf);
    self.set(leafName, (self.get(leafName) ?? 0) + delta);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  });
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `self time:\n${list(self)}\ninclusive time:\n${list(inclusive)}`;
}

const folder = mkdtempSync(join(tmpdir(), 'yizhan-profile-runtime-'));
try {
  const current = await bundle(workspace, folder, 'current');
  const before = baseline === undefined ? null : await bundle(resolve(baseline), folder, 'base');
  const kinds = which === 'both' ? ['memory', 'sqlite-inline', 'sqlite'] : [which];
  for (let round = 1; round <= rounds; round += 1)
    for (const kind of kinds) {
      const base = before === null ? null : measure(before, kind, folder);
      const now = measure(current, kind, folder);
      const rate = (result) =>
        `${Math.round(result.figures.rate).toLocaleString('en')} events/s ` +
        `(${result.figures.cpuPerEvent.toFixed(1)} µs CPU an event)`;
      const line =
        base === null
          ? `${kind} ×${lanes}: ${rate(now)}`
          : `${kind} ×${lanes}: baseline ${rate(base)}, now ${rate(now)}; now/baseline ` +
            `${(now.figures.rate / base.figures.rate).toFixed(2)} events/s, ` +
            `${(now.figures.cpuPerEvent / base.figures.cpuPerEvent).toFixed(2)} CPU`;
      process.stdout.write(`round ${round}: ${line}\n`);
      now.profiles.forEach((cpu, index) => {
        const thread = index === 0 ? 'main thread' : `thread ${index}`;
        process.stdout.write(`${thread}, ${summarize(cpu)}\n`);
      });
    }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
