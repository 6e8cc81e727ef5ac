import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossRuntimeResults } from './cross-runtime-cases';

const file = join(import.meta.dirname, 'fixtures', 'cross-runtime-results.json');

describe('validation in Node', () => {
  it('gives the committed results that Chromium must give too (UPDATE_SCHEMAS=1 rewrites them)', () => {
    const results = crossRuntimeResults();
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, results);
    expect(results).toBe(readFileSync(file, 'utf8'));
  });
});
