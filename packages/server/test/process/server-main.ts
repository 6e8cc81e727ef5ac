// A server process for the load and crash tests: `yizhan serve` with a fast scheduler.
// Prints "READY <url>" once it listens.
import { serveFromEnv } from '../../src/index';

const running = await serveFromEnv(process.env, {
  rateLimit: false,
  scheduler: { intervalMs: Number(process.env.YIZHAN_TIMER_MS ?? 200) },
  ssePollMs: 200,
});
process.stdout.write(`READY ${running.url}\n`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
