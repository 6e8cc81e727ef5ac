// Makes sure the system Chromium that browser tests drive is installed, with a font for
// Chinese text (so screenshots show 志愿者, not boxes): installs Debian's packages when
// running as root, otherwise stops with the exact command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the tests look for Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and runnable as root (Playwright adds --headless). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A small CJK font (WenQuanYi Micro Hei, 4 MB) for the test screenshots. */
const cjkFont = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** Returns when Chromium is there; installs it or exits with instructions otherwise. */
export function ensureChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (existsSync(chromiumPath)) {
    if (!existsSync(cjkFont) && isRoot && hasApt && !process.env.CHROMIUM_PATH)
      aptInstall(['fonts-wqy-microhei'], false);
    return;
  }
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
  aptInstall(['chromium', 'fonts-wqy-microhei'], true);
  if (!existsSync(chromiumPath)) {
    console.error(
      `apt-get installed chromium, but ${chromiumPath} is still missing. Set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

/**
 * `apt-get update` and install `packages`; a failure exits when `required`, else it only
 * warns (the font is for readable screenshots, the tests pass without it).
 */
function aptInstall(packages, required) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status === 0) continue;
    const message = `apt-get ${args.join(' ')} failed (exit ${result.status}). Install ${packages.join(' ')} by hand and retry.`;
    if (!required) {
      console.warn(`${message} (Screenshots will show boxes for Chinese text.)`);
      return;
    }
    console.error(message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
