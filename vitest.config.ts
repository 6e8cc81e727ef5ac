import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/ensure-chromium.mjs';

/** Workspace packages resolve to their TypeScript sources through this export condition. */
const SOURCE_CONDITION = '@yizhan/source';

/** The system Chromium (Debian's package); `scripts/ensure-chromium.mjs` installs it. */
export const CHROMIUM_PATH = chromiumPath;

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const CHROMIUM_ARGS = ['--headless', ...chromiumArgs];

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  test: {
    // Property, load and crash tests do seconds of real work; on a busy two-core machine
    // the default 5 s makes them flaky without telling anything about correctness.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          setupFiles: ['./scripts/fail-on-console.ts'],
          // A throwaway PostgreSQL (or DATABASE_URL) for the store tests: inject('postgresUrl').
          globalSetup: ['./packages/store-postgres/test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts'],
          setupFiles: ['./scripts/browser-setup.ts', './scripts/fail-on-console.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
  },
});
