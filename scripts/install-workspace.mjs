// Installs the workspace from the lockfile. Native addons (better-sqlite3) build against
// this Node's own headers, so node-gyp needs no download; pnpm 12 ignores nodedir in .npmrc.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The environment for installing: npm_config_nodedir set to this Node's prefix when it has headers. */
export function installEnvironment() {
  const env = { ...process.env };
  const nodePrefix = dirname(dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }
  return env;
}

/** Runs `pnpm install --frozen-lockfile` in `root`; exits with a message when it fails. */
export function installWorkspace(root) {
  const result = spawnSync('pnpm', ['install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
    env: installEnvironment(),
  });
  if (result.status !== 0) {
    console.error(
      `✗ pnpm install --frozen-lockfile failed (exit ${result.status ?? result.signal}). See the output above.`,
    );
    process.exit(result.status || 1);
  }
}
