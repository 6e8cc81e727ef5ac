// Serves the demo portal and the one-file elements bundle over HTTP, under a strict
// Content-Security-Policy, and prints the URL. Usage: node serve.mjs [--port N]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = resolve(here, '../../packages/elements/dist/yizhan.js');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

if (!existsSync(bundle)) {
  console.error(`Missing ${bundle}. Build it first: pnpm --filter @yizhan/elements build`);
  process.exit(1);
}

function fileFor(url) {
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (path === '/yizhan.js') return bundle;
  const file = resolve(here, `.${path === '/' ? '/index.html' : path}`);
  if (!file.startsWith(here + sep) || extname(file) === '.mjs') return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((request, response) => {
  const file = fileFor(request.url ?? '/');
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(response);
});

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
server.on('error', (error) => {
  console.error(
    `Could not start the portal on port ${port}: ${error.message}. Try: pnpm start -- --port 4322`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`Yizhan demo portal: http://127.0.0.1:${actual}/`);
});
