import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@yizhan/store-sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { clientKeyBehindProxies, clientKeyFromEnv } from '../src/client-address';
import { listen, type RunningServer } from '../src/node';
import { testServer } from './support';

const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const forwarded = (value?: string) =>
  new Request('http://yizhan.example/definitions', {
    headers: value === undefined ? {} : { 'x-forwarded-for': value },
  });

describe('the rate limit behind a reverse proxy', () => {
  const key = clientKeyBehindProxies(['127.0.0.1', '10.0.0.5']);

  it('takes the rightmost address the trusted proxies did not add', () => {
    expect(key(forwarded('203.0.113.7'), peer('127.0.0.1'))).toBe('203.0.113.7');
    expect(key(forwarded('198.51.100.1, 203.0.113.7, 10.0.0.5'), peer('::ffff:127.0.0.1'))).toBe(
      '203.0.113.7',
    );
  });

  it('ignores X-Forwarded-For from anyone but a trusted proxy, so a client cannot pick its bucket', () => {
    expect(key(forwarded('198.51.100.99'), peer('203.0.113.7'))).toBe('203.0.113.7');
  });

  it('keys on the proxy itself when the header is missing or names only proxies', () => {
    expect(key(forwarded(), peer('127.0.0.1'))).toBe('127.0.0.1');
    expect(key(forwarded('10.0.0.5'), peer('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('reads YIZHAN_TRUSTED_PROXIES and says how to fix a bad value', () => {
    expect(clientKeyFromEnv(undefined)).toBeUndefined();
    expect(clientKeyFromEnv('  ')).toBeUndefined();
    expect(clientKeyFromEnv('127.0.0.1, ::1')?.(forwarded('203.0.113.9'), peer('::1'))).toBe(
      '203.0.113.9',
    );
    expect(() => clientKeyFromEnv('127.0.0.1,proxy.internal')).toThrow(
      'YIZHAN_TRUSTED_PROXIES lists the IP addresses of your reverse proxies, separated by commas (say "127.0.0.1,::1"), not "proxy.internal".',
    );
  });
});

describe('over real HTTP', () => {
  let running: RunningServer | undefined;
  const folders: string[] = [];
  afterEach(async () => {
    await running?.close();
    running = undefined;
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('gives each forwarded client its own bucket behind a loopback proxy', async () => {
    const server = testServer({
      rateLimit: { burst: 2, perSecond: 0.001 },
      clientKey: clientKeyBehindProxies(['127.0.0.1']),
    });
    running = await listen(server, { port: 0, hostname: '127.0.0.1' });
    const get = async (client: string) =>
      (
        await fetch(`${running?.url}/definitions`, {
          headers: { 'x-forwarded-for': client, 'accept-language': 'en' },
        })
      ).status;
    expect([await get('203.0.113.1'), await get('203.0.113.1'), await get('203.0.113.1')]).toEqual([
      200, 200, 429,
    ]);
    expect(await get('203.0.113.2')).toBe(200);
  });

  it('answers /health 503 when the store no longer answers', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'yizhan-health-'));
    folders.push(folder);
    const store = openSqliteStore({ file: join(folder, 'yizhan.db') });
    const errors: unknown[] = [];
    const server = testServer({ store, onError: (error) => errors.push(error) });
    running = await listen(server, { port: 0, hostname: '127.0.0.1' });
    const health = async () => {
      const response = await fetch(`${running?.url}/health`);
      return { status: response.status, body: await response.json() };
    };
    expect(await health()).toEqual({ status: 200, body: { ok: true, store: 'ok' } });
    await store.close();
    expect(await health()).toEqual({ status: 503, body: { ok: false, store: 'unavailable' } });
    expect(errors).toHaveLength(1);
  });
});
