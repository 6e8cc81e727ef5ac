// `pnpm test`: every check of the workspace in order, stopping at the first failure, with
// the time each step took and the test counts at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

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
  { name: 'unit tests in Node (vitest)', command: vitest('unit'), report: 'unit' },
  {
    name: 'element tests in Chromium (vitest browser)',
    command: vitest('browser'),
    report: 'browser',
    chromium: true,
  },
  { name: 'Storybook build', command: ['storybook', 'build', '--quiet', '-o', 'storybook-static'] },
  {
    name: 'built story and demo portal render in Chromium',
    command: ['node', 'scripts/check-rendered.mjs'],
    chromium: true,
  },
];

const timings = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.chromium) ensureChromium();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [bin, ...args] = step.command;
  // Tools installed in node_modules/.bin run through `pnpm exec`; node and pnpm directly.
  const direct = bin === 'node' || bin === 'pnpm';
  const result = spawnSync(direct ? bin : 'pnpm', direct ? args : ['exec', bin, ...args], {
    stdio: 'inherit',
    env: {
      ...process.env,
      STORYBOOK_DISABLE_TELEMETRY: '1',
      FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
    },
  });
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${seconds.toFixed(1).padStart(6)} s  ${step.name}`);
  if (step.report) {
    try {
      const report = JSON.parse(readFileSync(join(reports, `${step.report}.json`), 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {
      // No report means vitest failed before running; the exit status below says so.
    }
  }
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    console.log(`\n${timings.join('\n')}\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status || 1);
  }
}
console.log(`\nAll steps passed.\n${timings.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
