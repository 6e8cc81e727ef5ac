import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Widgets run under a Content-Security-Policy without 'unsafe-eval': the expression
// language must interpret, never compile to JavaScript.
const root = join(import.meta.dirname, '../../src');
const sources = [
  join(root, 'expr.ts'),
  ...readdirSync(join(root, 'expr')).map((file) => join(root, 'expr', file)),
];

describe('expression sources', () => {
  it('include the whole language', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sources.map((path) => [path.slice(root.length + 1), path]))(
    '%s uses neither eval nor Function',
    (_, path) => {
      const text = readFileSync(path, 'utf8');
      expect(text).not.toMatch(/\beval\s*\(/);
      expect(text).not.toMatch(/\bFunction\s*\(/);
      expect(text).not.toMatch(/\bimport\s*\(/);
      expect(text).not.toMatch(/from '(node:|\.\.\/(store|server))/);
    },
  );
});
