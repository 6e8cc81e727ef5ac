// Runs TypeScript and JavaScript samples: each is written to `examples/docs/.samples/`
// (inside the repository, so workspace packages resolve), preceded by an import of the
// names its setup file exports, and then imported (Node samples) or bundled for the
// browser with esbuild (samples marked `browser`, which need a DOM).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { CodeBlock } from './code-blocks';

/** File extensions of sample languages; others are written as TypeScript. */
const EXTENSIONS: Record<string, string> = { js: 'js', javascript: 'js', jsx: 'jsx', tsx: 'tsx' };
/** Framework packages a host brings itself: left out of sample bundles. */
const HOST_FRAMEWORKS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'vue',
  '@vitejs/plugin-vue',
  'vite',
];

/** Where samples are written; gitignored. */
export const SAMPLES_DIR = resolve(import.meta.dirname, '../.samples');
/** Where setup files live: `setup=forms` names `setups/forms.ts`. */
export const SETUPS_DIR = resolve(import.meta.dirname, '../setups');

/** What a setup module may export besides the variables samples use. */
interface SetupHooks {
  /** Runs after the sample, also when it failed: close what the sample opened. */
  afterSample?: () => unknown;
}

const HOOK_NAMES = new Set(['afterSample', 'default']);

/**
 * The names a setup file exports (`export const x`, `export function f`, `export { a, b }`),
 * read from its text: a browser setup cannot be imported in Node to ask.
 */
export function setupExports(source: string): string[] {
  const names = [
    ...source.matchAll(/^export (?:const|let|function|async function|class) ([A-Za-z_$][\w$]*)/gm),
  ].map((match) => match[1] ?? '');
  for (const list of source.matchAll(/^export \{([^}]*)\}(?! from)/gm))
    names.push(
      ...(list[1] ?? '')
        .split(',')
        .map(
          (name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .pop() ?? '',
        )
        .filter(Boolean),
    );
  return names;
}

/** Writes a sample to a file of its own and answers the path. */
export async function writeSample(block: CodeBlock, index: number): Promise<string> {
  mkdirSync(SAMPLES_DIR, { recursive: true });
  const setup = block.marker?.options.get('setup');
  let preamble = '';
  if (setup) {
    const names = setupExports(readFileSync(join(SETUPS_DIR, `${setup}.ts`), 'utf8')).filter(
      (name) => !HOOK_NAMES.has(name),
    );
    preamble = `import { ${names.join(', ')} } from '../setups/${setup}';\n`;
  }
  const ext = EXTENSIONS[block.lang] ?? 'ts';
  const stem = block.file.replace(/[^A-Za-z0-9]+/g, '-').replace(/-md$/, '');
  const hash = createHash('sha256')
    .update(preamble + block.code)
    .digest('hex')
    .slice(0, 8);
  const path = join(SAMPLES_DIR, `${stem}-${index}-${hash}.${ext}`);
  writeFileSync(path, `// ${block.file}:${block.line}\n${preamble}${block.code}export {};\n`);
  return path;
}

/** The console output of a sample, captured so that it does not fail the test run. */
export interface SampleRun {
  readonly output: string[];
}

/**
 * Imports a written Node sample with the console captured and the working directory set to
 * a fresh temporary folder (so a sample that writes `yizhan.db` writes it there).
 */
export async function runNodeSample(path: string, block: CodeBlock): Promise<SampleRun> {
  const output: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  // biome-ignore lint/suspicious/noConsole: the sample's output is captured, not printed
  const saved = methods.map((method) => console[method]);
  for (const method of methods)
    console[method] = (...args: unknown[]) =>
      output.push(`${method}: ${args.map(String).join(' ')}`);
  const cwd = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'yizhan-sample-'));
  process.chdir(work);
  const setup = block.marker?.options.get('setup');
  try {
    await import(path);
  } finally {
    try {
      if (setup)
        await ((await import(join(SETUPS_DIR, `${setup}.ts`))) as SetupHooks).afterSample?.();
    } finally {
      process.chdir(cwd);
      rmSync(work, { recursive: true, force: true });
      methods.forEach((method, i) => {
        console[method] = saved[i] as (typeof console)[typeof method];
      });
    }
  }
  return { output };
}

/**
 * Bundles a browser sample with esbuild as the one-file bundle is built (the `@yizhan/source`
 * condition): every import must resolve and every imported name must exist. Answers esbuild's
 * errors as sentences.
 */
export async function bundleBrowserSample(path: string): Promise<string[]> {
  try {
    const result = await build({
      entryPoints: [path],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['@yizhan/source'],
      external: HOST_FRAMEWORKS,
      jsx: 'automatic',
      logLevel: 'silent',
      // Decorators of the elements, as in their tsconfig.
      tsconfigRaw: {
        compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
      },
    });
    return result.errors.map((error) => error.text);
  } catch (error) {
    const errors = (
      error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }
    ).errors;
    if (!errors) throw error;
    return errors.map(
      (e) => `${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`,
    );
  }
}
