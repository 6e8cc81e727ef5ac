// The ceiling of the sign-up benchmark: the same server as `yizhan serve` (signed bearer
// tokens, same settings as the benchmark's server process) over the memory store, so
// the rows of a durable store show what the store itself costs. Prints "READY <url>".
import { createMemoryStore } from '@yizhan/core/flow';
import { createServer, createTokenAuthenticator, listen } from '../src/index';

const secret = process.env.YIZHAN_SECRET ?? '';
const server = createServer({
  store: createMemoryStore(),
  authenticate: createTokenAuthenticator(secret),
  rateLimit: false,
  scheduler: { intervalMs: 200, leaseMs: 2000 },
  ssePollMs: 200,
});
const running = await listen(server, { port: 0 });
process.stdout.write(`READY ${running.url}\n`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
