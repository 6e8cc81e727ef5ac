// `pnpm bench`: every benchmark, each figure printed beside its baseline in one run.
// 1. Size of the one-file elements bundle, minified and gzipped, beside what it is made of
//    (the core's form validation with zod, the elements with the core left out) and lit and
//    zod alone.
// 2. Render benchmark in Chromium: a 300-field form in <yz-form> beside SurveyJS.
// 3. Throughput benchmarks (vitest bench), each beside its baseline.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplates } from '../packages/elements/build/minify-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const BUDGET_KB = 45;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles `source` the way the elements bundle is built: ESM, minified, browser conditions,
 * Lit templates minified (the build's second minifying pass after tree-shaking is left out).
 */
async function bundleAlone(source, resolveDir, external = []) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
    target: 'es2022',
    external,
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    conditions: ['@yizhan/source', 'module', 'import', 'browser'],
    plugins: [minifyTemplates()],
  });
  return result.outputFiles[0].contents;
}

console.log('▶ bundle size: packages/elements/dist/yizhan.js and what it imports');
run('pnpm', ['--filter', '@yizhan/elements', 'build']);
const dist = join(root, 'packages/elements/dist');
/** A dist file and the chunks it imports statically (what a page downloads before it runs). */
function staticGraph(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const code = readFileSync(join(dist, name), 'utf8');
  for (const match of code.matchAll(/(?:import|export)[^'"()]*?from\s*['"]\.\/([\w.-]+\.js)['"]/g))
    staticGraph(match[1], seen);
  return seen;
}
/** Minified and gzipped bytes of the files in `names`, each gzipped on its own as served. */
function sizeOf(names) {
  const files = [...names].map((name) => readFileSync(join(dist, name)));
  return [
    files.reduce((sum, code) => sum + code.length, 0),
    files.reduce((sum, code) => sum + gzipped(code), 0),
  ];
}
const formFiles = staticGraph('yizhan.js');
const widgetFiles = [...staticGraph('yizhan-widgets.js')].filter((name) => !formFiles.has(name));
const lit = await bundleAlone("export * from 'lit';", join(root, 'packages/elements'));
const zod = await bundleAlone("export * from 'zod';", join(root, 'packages/core'));
const zodMini = await bundleAlone("export * from 'zod/mini';", join(root, 'packages/core'));
const elements = join(root, 'packages/elements/src');
const coreForm = await bundleAlone(
  "import '@yizhan/core/strict-csp'; export { parseForm, compileForm, formatMessage } from '@yizhan/core/form';",
  elements,
);
const elementsOnly = await bundleAlone("export * from './yizhan';", elements, [
  '@yizhan/core',
  '@yizhan/core/*',
  'zod',
  'zod/*',
  'lit',
  'lit/*',
  './yizhan-widgets',
  './yizhan-all',
]);
const [oursRaw, oursGz] = sizeOf(formFiles);
const rows = [
  ['yizhan.js and what it imports (forms)', oursRaw, oursGz],
  ['  of which: core form + expr + zod/mini', coreForm.length, gzipped(coreForm)],
  ['  of which: elements (no core, no lit)', elementsOnly.length, gzipped(elementsOnly)],
  ['on demand: + yizhan-widgets.js (portal)', ...sizeOf(widgetFiles)],
  ['on demand: yizhan-all.js (flow diagram)', ...sizeOf(staticGraph('yizhan-all.js'))],
  ['baseline: lit alone', lit.length, gzipped(lit)],
  ['baseline: zod (classic) alone', zod.length, gzipped(zod)],
  ['baseline: zod/mini alone', zodMini.length, gzipped(zodMini)],
];
console.log(`\n${'bundle'.padEnd(42)}${'minified'.padStart(12)}${'gzipped'.padStart(12)}`);
for (const [name, raw, gz] of rows)
  console.log(`${name.padEnd(42)}${kb(raw).padStart(12)}${kb(gz).padStart(12)}`);
const verdict = oursGz <= BUDGET_KB * 1024 ? 'within' : 'OVER';
console.log(`budget: ${BUDGET_KB} KB gzipped for yizhan.js, ${verdict} budget\n`);

console.log('▶ render in Chromium: 300 fields, <yz-form> beside SurveyJS');
run('node', ['packages/elements/bench/render.mjs']);

console.log('▶ sign-ups over HTTP (autocannon), SQLite and PostgreSQL, beside a bare Hono route');
// 4,000 requests a run keeps the slowest case (every sign-up to one PostgreSQL project) near a minute.
run('node', ['packages/server/bench/signups.mjs', '--requests', '4000']);

console.log('▶ throughput (vitest bench)');
run('pnpm', ['exec', 'vitest', 'bench', '--run', '--project', 'unit']);
