import '../src/strict-csp';
import { describe, expect, it } from 'vitest';
import { crossRuntimeResults } from './cross-runtime-cases';
import expected from './fixtures/cross-runtime-results.json?raw';

describe('validation in Chromium', () => {
  it('gives exactly the results Node gives for the same definitions and answers', () => {
    expect(navigator.userAgent).toContain('HeadlessChrome');
    expect(crossRuntimeResults()).toBe(expected);
  });
});
