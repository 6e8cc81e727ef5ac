// `pnpm start`: installs the workspace (native addons build against this Node's own
// headers, so no download is needed), builds the elements bundle and serves the demo
// portal. Extra arguments go to the portal server, e.g. `pnpm start --port 4322`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env };
const nodePrefix = dirname(dirname(process.execPath));
if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'node.h'))) {
  env.npm_config_nodedir = nodePrefix;
}

function step(description, command, args) {
  console.log(`▶ ${description}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `✗ ${description} failed (exit ${result.status ?? result.signal}). See the output above.`,
    );
    process.exit(result.status || 1);
  }
}

step('install dependencies', 'pnpm', ['install', '--frozen-lockfile']);
step('build the elements bundle', 'pnpm', ['--filter', '@yizhan/elements', 'build']);
const server = spawn(
  process.execPath,
  [join(root, 'examples/portal/serve.mjs'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
