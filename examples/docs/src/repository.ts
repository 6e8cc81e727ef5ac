// What the docs tests read from the repository: the Markdown files, the scripts and
// commands a shell sample may name, and the custom elements an HTML sample may use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type KnownElement, manifestElements } from './check-html';
import type { ShellKnowledge } from './check-sh';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** Reads a file of the repository as text. */
export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** `README.md` and every Markdown file under `docs/`, relative to the root, sorted. */
export function markdownFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return ['README.md', ...found.sort()];
}

function scriptsOf(path: string): Set<string> {
  const json = JSON.parse(readText(path)) as { scripts?: Record<string, string> };
  return new Set(Object.keys(json.scripts ?? {}));
}

/** Environment variables Yizhan reads: `ServeEnv` of the server and `process.env.X` in sources and scripts. */
export function environmentNames(): Set<string> {
  const names = new Set<string>();
  const serveEnv = /export interface ServeEnv \{([\s\S]*?)\n\}/.exec(
    readText('packages/server/src/node.ts'),
  );
  for (const match of (serveEnv?.[1] ?? '').matchAll(/readonly ([A-Z_]+)\?:/g))
    names.add(match[1] ?? '');
  const sources = (dir: string): string[] =>
    existsSync(join(ROOT, dir))
      ? readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(ts|mjs)$/.test(file))
          .map((file) => `${dir}/${file}`)
      : [];
  const files = [
    ...readdirSync(join(ROOT, 'packages')).flatMap((name) => sources(`packages/${name}/src`)),
    ...sources('scripts'),
  ];
  for (const file of files) {
    for (const match of readText(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g))
      names.add(match[1] ?? '');
  }
  return names;
}

/** Everything a shell sample may name, read from the repository. */
export async function shellKnowledge(): Promise<ShellKnowledge> {
  const packageScripts = new Map<string, Set<string>>();
  for (const group of ['packages', 'examples']) {
    for (const name of readdirSync(join(ROOT, group))) {
      const path = `${group}/${name}/package.json`;
      if (!existsSync(join(ROOT, path))) continue;
      const { name: packageName } = JSON.parse(readText(path)) as { name: string };
      packageScripts.set(packageName, scriptsOf(path));
    }
  }
  const { commands } = await import('yizhan');
  return {
    rootScripts: scriptsOf('package.json'),
    packageScripts,
    yizhanCommands: new Map(commands.map((command) => [command.name, command.usage])),
    envNames: environmentNames(),
    binaries: new Set(readdirSync(join(ROOT, 'node_modules/.bin'))),
    exists: (path) => existsSync(join(ROOT, path)),
  };
}

/** Custom elements HTML samples may use: every `custom-elements.json` of the packages. */
export function knownElements(): Map<string, KnownElement> {
  const known = new Map<string, KnownElement>();
  for (const name of readdirSync(join(ROOT, 'packages'))) {
    const path = `packages/${name}/custom-elements.json`;
    if (!existsSync(join(ROOT, path))) continue;
    for (const [tag, attributes] of manifestElements(JSON.parse(readText(path))))
      known.set(tag, attributes);
  }
  return known;
}

/** A path relative to the root, with forward slashes. */
export function fromRoot(path: string): string {
  return relative(ROOT, path).split('\\').join('/');
}
