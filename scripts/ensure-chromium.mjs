// Makes sure the system Chromium that browser tests drive is installed: installs Debian's
// package when running as root, otherwise stops with the exact command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the tests look for Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Returns when Chromium is there; installs it or exits with instructions otherwise. */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
    console.error(
      [
        `Chromium is needed for the browser tests and was not found at ${chromiumPath}.`,
        'Install it, then run the tests again:',
        '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
        '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(' ')} failed (exit ${result.status}). Install chromium by hand and retry.`,
      );
      process.exit(1);
    }
  }
  if (!existsSync(chromiumPath)) {
    console.error(
      `apt-get installed chromium, but ${chromiumPath} is still missing. Set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
