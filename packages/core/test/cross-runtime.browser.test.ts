/// <reference types="vite/client" />
import '../src/strict-csp';
import { describe, expect, it } from 'vitest';
import { crossRuntimeResults } from './cross-runtime-cases';
import expected from './fixtures/cross-runtime-results.json?raw';

describe('validation in Chromium', () => {
  it('gives exactly the results Node gives for the same definitions and answers', () => {
    // The core compiles without DOM types; the browser is reached through globalThis.
    const { navigator } = globalThis as unknown as { navigator: { userAgent: string } };
    expect(navigator.userAgent).toContain('HeadlessChrome');
    expect(crossRuntimeResults()).toBe(expected);
  });
});
