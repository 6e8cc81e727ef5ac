// `pnpm test`: every check of the workspace in order, stopping at the first failure, with
// the time each step took and the test counts at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installWorkspace } from './install-workspace.mjs';

// A fresh clone has nothing installed yet: install first, so `pnpm test` alone works.
const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'node_modules', '.bin', 'vitest'))) installWorkspace(root);

const reports = mkdtempSync(join(tmpdir(), 'yizhan-test-'));
const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${project}.json`)}`,
];

const steps = [
  { name: 'format and lint (Biome)', command: ['biome', 'check', '.'] },
  { name: 'typecheck every package', command: ['pnpm', 'run', 'typecheck'] },
  { name: 'build every package (tsup)', command: ['pnpm', 'run', 'build'] },
  // Before the unit tests too: the widget end-to-end tests drive Chromium from Node.
  {
    name: 'Chromium present (installed if missing)',
    command: ['node', 'scripts/ensure-chromium.mjs'],
  },
  { name: 'unit tests in Node (vitest)', command: vitest('unit'), report: 'unit' },
  {
    name: 'element tests in Chromium (vitest browser)',
    command: vitest('browser'),
    report: 'browser',
  },
  { name: 'Storybook build', command: ['storybook', 'build', '--quiet', '-o', 'storybook-static'] },
  {
    name: 'built story and demo portal render in Chromium',
    command: ['node', 'scripts/check-rendered.mjs'],
  },
];

/** Runs a step's command; tools from node_modules/.bin go through `pnpm exec`. Returns the exit status. */
function runCommand([bin, ...args]) {
  const direct = bin === 'node' || bin === 'pnpm';
  const result = spawnSync(direct ? bin : 'pnpm', direct ? args : ['exec', bin, ...args], {
    stdio: 'inherit',
    env: {
      ...process.env,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
    },
  });
  return result.status ?? 1;
}

/** Adds the counts of a vitest JSON report; a missing report means vitest stopped before running. */
function countTests(report, totals) {
  try {
    const counts = JSON.parse(readFileSync(join(reports, `${report}.json`), 'utf8'));
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests;
  } catch {
    totals.failed += 1;
  }
}

const timings = [];
const totals = { passed: 0, failed: 0 };
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const status = runCommand(step.command);
  timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${step.name}`);
  if (step.report) countTests(step.report, totals);
  if (status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${status}).`);
    console.log(
      `\n${timings.join('\n')}\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`,
    );
    process.exit(status);
  }
}
console.log(`\nAll steps passed.\n${timings.join('\n')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
