import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServeCommand } from '../src/commands/serve';
import { captureIo } from './capture-io';

const load = () => import('../../server/src/index');

describe('yizhan serve', () => {
  it('serves the API on a SQLite file named by YIZHAN_DATA until stopped', async () => {
    const io = captureIo();
    let stop = (): void => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const file = join(io.cwd, 'portal.db');
    const command = createServeCommand({
      load,
      env: { YIZHAN_DATA: file, YIZHAN_SECRET: 'serve-test-secret-0123456789' },
      until: () => stopped,
    });
    const exit = command.run({ args: ['--port', '0'], io, locale: 'en' });
    for (let i = 0; i < 200 && io.out.length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    const match =
      /^Yizhan is serving on (http:\/\/127\.0\.0\.1:\d+) \(SQLite (.+)\)\. Press Ctrl\+C to stop\.\n$/.exec(
        io.out[0] ?? '',
      );
    expect(match?.[2]).toBe(file);
    const health = await fetch(`${match?.[1]}/health`);
    expect(await health.json()).toEqual({ ok: true, store: 'ok' });
    const anonymous = await fetch(`${match?.[1]}/tasks`, { headers: { 'accept-language': 'en' } });
    expect(anonymous.status).toBe(401);
    stop();
    expect(await exit).toBe(0);
    expect(io.out.at(-1)).toBe('Stopped.\n');
    expect(io.err).toEqual([]);
  });

  it('refuses to start without a token secret, saying what to set', async () => {
    const io = captureIo();
    const command = createServeCommand({
      load,
      env: { YIZHAN_DATA: join(io.cwd, 'x.db') },
      until: async () => {},
    });
    expect(await command.run({ args: [], io, locale: 'en' })).toBe(1);
    expect(io.err).toEqual([
      'Set YIZHAN_SECRET to a random string of at least 16 characters: it signs the bearer tokens.\n',
    ]);
  });

  it('rejects unknown arguments with the usage', async () => {
    const io = captureIo();
    expect(await createServeCommand({ load }).run({ args: ['--verbose'], io, locale: 'en' })).toBe(
      2,
    );
    expect(io.err).toEqual([
      'Unknown argument "--verbose".\nUsage: yizhan serve [--port <n>] [--host <address>]\n',
    ]);
  });
});
