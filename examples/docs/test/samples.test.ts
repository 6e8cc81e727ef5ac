// Runs every fenced code block of README.md and docs/**/*.md by its language, so a sample
// in the docs is never wrong for long. How to mark a block is in examples/docs/README.md.
import { rmSync } from 'node:fs';
import { parseSyntax } from '@yizhan/core/expr';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCss, checkHtml } from '../src/check-html';
import { checkJson } from '../src/check-json';
import { checkShell, type ShellKnowledge } from '../src/check-sh';
import { type CodeBlock, codeBlocks } from '../src/code-blocks';
import { knownElements, markdownFiles, readText } from '../src/repository';
import { bundleBrowserSample, runNodeSample, SAMPLES_DIR, writeSample } from '../src/run-code';

const CODE = new Set(['ts', 'typescript', 'js', 'javascript', 'jsx', 'tsx']);
/** Framework component files are bundled for the browser, never run in Node. */
const BROWSER_ONLY = new Set(['jsx', 'tsx']);
const SHELL = new Set(['sh', 'bash', 'shell']);
/** The strict policy the elements are tested under; a CSP sample may not allow more. */
const TESTED_POLICY =
  /const POLICY = "([^"]+)"/.exec(
    readText('packages/elements/test/strict-csp.browser.test.ts'),
  )?.[1] ?? '';

const blocks: CodeBlock[] = markdownFiles().flatMap((file) => codeBlocks(file, readText(file)));
let shell: ShellKnowledge;
const elements = knownElements();

beforeAll(async () => {
  rmSync(SAMPLES_DIR, { recursive: true, force: true });
  shell = await import('../src/repository').then((repository) => repository.shellKnowledge());
});

/**
 * Checks the policies of a CSP sample (`Content-Security-Policy: …` lines): the directives
 * the elements are tested under (strict-csp.browser.test.ts) are there with at least their
 * sources, and no directive loosens them with 'unsafe-…', `*`, `data:` or `blob:`.
 * Other directives (`connect-src` for the API) and extra origins may be added.
 */
function checkPolicy(code: string): string[] {
  const policies = [...code.matchAll(/Content-Security-Policy:\s*(.+)/g)].map(
    (match) => match[1] ?? '',
  );
  if (policies.length === 0) return ['A csp sample needs a "Content-Security-Policy: …" line.'];
  const tested = directives(TESTED_POLICY);
  return policies.flatMap((policy) => {
    const given = directives(policy);
    const problems: string[] = [];
    for (const [name, sources] of tested) {
      if (name === 'object-src') continue; // stricter than the elements need; hosts choose
      const have = given.get(name)?.split(' ') ?? [];
      if (!sources.split(' ').every((source) => have.includes(source)))
        problems.push(
          `${policy}: ${name} should allow ${sources}, as strict-csp.browser.test.ts does.`,
        );
    }
    for (const [name, sources] of given)
      for (const source of sources.split(' '))
        if (/^'unsafe-|^\*$|^data:$|^blob:$/.test(source))
          problems.push(
            `${policy}: ${name} ${source} loosens the policy the elements are tested under.`,
          );
    return problems;
  });
}

/**
 * Checks a systemd unit: every `Environment=NAME=…` is a variable Yizhan reads, and
 * `ExecStart` runs a known program (its path's last part) with known commands.
 */
function checkSystemdUnit(code: string): string[] {
  const problems: string[] = [];
  for (const match of code.matchAll(/^Environment=("?)([A-Za-z_][A-Za-z0-9_]*)=/gm))
    if (!shell.envNames.has(match[2] ?? ''))
      problems.push(`Environment=${match[2]}: Yizhan does not read it.`);
  const start = /^ExecStart=(\S+)(.*)$/m.exec(code);
  if (!start) return [...problems, 'The unit has no ExecStart=.'];
  const program = (start[1] ?? '').split('/').pop() ?? '';
  return [...problems, ...checkShell(`${program}${start[2] ?? ''}`, shell)];
}

/** The directives of a policy: name → sorted sources. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources.sort().join(' ')] as const;
      })
      .filter(([name]) => name !== ''),
  );
}

async function check(block: CodeBlock, index: number): Promise<string[]> {
  const marker = block.marker;
  if (marker?.skip !== undefined)
    return marker.skip.length >= 8
      ? []
      : ['A skipped sample needs its reason: <!-- sample: skip — output only -->.'];
  if (CODE.has(block.lang)) {
    const path = await writeSample(block, index);
    if (marker?.options.has('browser') || BROWSER_ONLY.has(block.lang))
      return bundleBrowserSample(path);
    await runNodeSample(path, block);
    return [];
  }
  if (block.lang === 'json') return checkJson(block);
  if (SHELL.has(block.lang)) return checkShell(block.code, shell);
  if (block.lang === 'html') return checkHtml(block.code, elements);
  if (block.lang === 'css') return checkCss(block.code, elements);
  if (block.lang === 'vue') {
    const template = /<template>([\s\S]*)<\/template>/.exec(block.code)?.[1];
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(block.code)?.[1];
    if (template === undefined) return ['A Vue sample needs a <template>.'];
    const problems = checkHtml(template, elements, { vue: true });
    if (script === undefined) return problems;
    const path = await writeSample({ ...block, lang: 'ts', code: script }, index);
    return [...problems, ...(await bundleBrowserSample(path))];
  }
  if (marker?.options.has('expressions')) {
    return block.code
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        const parsed = parseSyntax(line);
        return parsed.ok
          ? []
          : [`${line}: ${parsed.issue.code} ${JSON.stringify(parsed.issue.params)}`];
      });
  }
  if (marker?.options.has('csp')) return checkPolicy(block.code);
  if (marker?.options.has('systemd')) return checkSystemdUnit(block.code);
  return [
    `A \`${block.lang || 'plain'}\` block has no way to run. Give it a language the docs tests run (ts, js, json, sh, html), ` +
      'a marker such as <!-- sample: expressions --> or <!-- sample: csp -->, or <!-- sample: skip — the reason --> (rarely).',
  ];
}

describe('every code sample in the docs', () => {
  it('finds the samples', () => {
    expect(blocks.length).toBeGreaterThan(40);
  });

  blocks.forEach((block, index) => {
    const title = `${block.file}:${block.line} ${block.lang || 'plain'}${block.marker ? ` (${block.marker.text})` : ''}`;
    it(title, async () => {
      expect(await check(block, index)).toEqual([]);
    });
  });
});
