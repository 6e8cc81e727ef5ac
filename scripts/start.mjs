// `pnpm start`: installs the workspace, then starts the demo (examples/portal/server):
// the Yizhan server on a SQLite file with the demo data, the portal and the role pages,
// bundled from the sources with esbuild at start (no package build). Extra arguments go
// to the demo server, e.g. `pnpm start --port 4322` or `--data ./my-demo.db`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { installEnvironment, installWorkspace } from './install-workspace.mjs';

const root = join(import.meta.dirname, '..');
const env = installEnvironment();

console.log('▶ install dependencies');
installWorkspace(root);
console.log('▶ start the demo (bundled from the sources, seeded on first start)');
const server = spawn(
  process.execPath,
  [join(root, 'examples/portal/server/main.mjs'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
