// A server process for the load and crash tests: `yizhan serve` with a fast scheduler.
// Prints "READY <url>" once it listens.
import { serveFromEnv } from '../../src/index';

const running = await serveFromEnv(process.env, {
  rateLimit: false,
  // Short leases: a killed server's claimed timers go back to the others within 2 s.
  scheduler: { intervalMs: 200, leaseMs: 2000 },
  ssePollMs: 200,
});
process.stdout.write(`READY ${running.url}\n`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
