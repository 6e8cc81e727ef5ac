// Fails any test that logs to the console unexpectedly: a warning nobody reads is a bug
// nobody fixes. A test that expects output spies on the console method itself.
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length > 0) throw new Error(`Unexpected console output:\n${logged.join('\n')}`);
});
