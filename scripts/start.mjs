// `pnpm start`: installs the workspace, builds the elements bundle and serves the demo
// portal. Extra arguments go to the portal server, e.g. `pnpm start --port 4322`.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { installEnvironment, installWorkspace } from './install-workspace.mjs';

const root = join(import.meta.dirname, '..');
const env = installEnvironment();

console.log('▶ install dependencies');
installWorkspace(root);
console.log('▶ build the elements bundle');
const build = spawnSync('pnpm', ['--filter', '@yizhan/elements', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) {
  console.error(
    `✗ building the elements bundle failed (exit ${build.status ?? build.signal}). See the output above.`,
  );
  process.exit(build.status || 1);
}
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
