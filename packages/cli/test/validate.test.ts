import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli';
import { captureIo } from './capture-io';

const good = {
  schemaVersion: 1,
  id: 'relay',
  version: 1,
  title: '爱心接龙',
  fields: [{ type: 'text', key: 'room', label: '房号' }],
};

describe('yizhan validate', () => {
  it('prints ok for a valid definition and exits 0', async () => {
    const io = captureIo();
    await io.writeText('good.json', JSON.stringify(good));
    expect(await runCli(['validate', 'good.json'], io)).toBe(0);
    expect(io.out.join('')).toBe('good.json: ok\n');
  });

  it('prints each issue as file:path with its message and exits 1', async () => {
    const io = captureIo();
    await io.writeText(
      'bad.json',
      JSON.stringify({ ...good, fields: [{ type: 'text', key: '2x', label: 'x' }] }),
    );
    expect(await runCli(['validate', 'bad.json', '--locale', 'en'], io)).toBe(1);
    expect(io.err.join('')).toBe(
      'bad.json:/fields/0/key: The field key "2x" is not valid: start with a letter and use only letters, digits and underscores, at most 64 characters, for example "phone_number". [invalid_field_key]\n',
    );
  });

  it('says which file cannot be read, in zh-CN by default and in English on request', async () => {
    const io = captureIo();
    expect(await runCli(['validate', 'missing.json'], io)).toBe(1);
    expect(await runCli(['validate', 'missing.json', '--locale', 'en'], io)).toBe(1);
    expect(io.err).toEqual([
      'missing.json：无法读取文件（ENOENT），请检查路径和权限。\n',
      'missing.json: cannot read the file (ENOENT). Check the path and permissions.\n',
    ]);
  });

  it('refuses a wrong command line with exit code 2', async () => {
    const io = captureIo();
    expect(await runCli(['validate'], io)).toBe(2);
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(await runCli(['validate', 'x.json', '--locale', 'fr'], io)).toBe(2);
    expect(io.err.join('')).toContain('Unknown command "frobnicate".');
    expect(io.err.join('')).toContain('--locale takes zh-CN or en, not "fr".');
  });
});

describe('yizhan validate with flow definitions', () => {
  const flow = {
    schemaVersion: 1,
    id: 'visit',
    version: 1,
    title: '探访',
    roles: [{ id: 'coordinator', title: '站长' }],
    steps: [
      {
        id: 'approve',
        type: 'approval',
        assign: { roles: ['coordinator'] },
        next: 'done',
        reject: 'done',
      },
      { id: 'done', type: 'end' },
    ],
  };

  it('checks a file with steps as a flow', async () => {
    const io = captureIo();
    await io.writeText('visit.flow.json', JSON.stringify(flow));
    const result = await runCli(['validate', 'visit.flow.json'], io);
    expect({ result, out: io.out.join(''), err: io.err.join('') }).toEqual({
      result: 0,
      out: 'visit.flow.json: ok\n',
      err: '',
    });
  });

  it('reports a flow issue with its JSON path', async () => {
    const io = captureIo();
    const broken = { ...flow, steps: [{ ...flow.steps[0], next: 'nowhere' }, flow.steps[1]] };
    await io.writeText('broken.flow.json', JSON.stringify(broken));
    expect(await runCli(['validate', 'broken.flow.json', '--locale', 'en'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/^broken\.flow\.json:\/steps\/0\/next: .+ \[\w+\]\n$/);
  });
});
