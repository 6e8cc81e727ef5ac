import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMemoryStore,
  createRuntime,
  createStepRegistry,
  parseFlow,
  simulateFlow,
} from '@yizhan/core/flow';
import { describe, expect, it } from 'vitest';
import { verifyPhoneStep } from '../src/verify-phone-step';

const json = readFileSync(join(import.meta.dirname, '../src/volunteer-registration.json'), 'utf8');
const registry = createStepRegistry([verifyPhoneStep]);
const volunteer = { id: 'chen-jing', roles: ['volunteer'] };
const coordinator = { id: 'wang-zhan', roles: ['coordinator'] };

function setUp() {
  const parsed = parseFlow(json, { steps: registry });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const sent: { phone: string; text: string }[] = [];
  const runtime = createRuntime({
    store: createMemoryStore(),
    definitions: [parsed.value],
    registry,
    clock: () => new Date('2026-12-01T08:00:00.000Z'),
    createId: () => 'reg-1',
    hooks: {
      sendSms: async (phone: string, text: string) => {
        sent.push({ phone, text });
      },
      makeCode: () => '246810',
    },
  });
  return { runtime, sent, definition: parsed.value };
}

describe('verify-phone, a step added with defineStep', () => {
  it('is refused by parseFlow unless its type is registered', () => {
    const result = parseFlow(json, { locale: 'en' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_step_type', path: '/steps/1/type' }],
    });
  });

  it('sends a code by SMS through the host hook and goes on when the code is right', async () => {
    const { runtime, sent } = setUp();
    await runtime.start('volunteer-registration', { actor: volunteer });
    const registered = await runtime.send(
      'reg-1',
      { task: 'register', action: 'submit', data: { name: '陈静', mobile: '13912345678' } },
      volunteer,
    );
    expect(registered).toMatchObject({ ok: true, instance: { state: ['verify.waiting'] } });
    expect(sent).toEqual([
      { phone: '13912345678', text: '【驿站】您的验证码是 246810，10 分钟内有效。' },
    ]);
    const [task] = await runtime.tasksFor(volunteer);
    expect(task).toMatchObject({ key: 'verify', actions: ['verify'], form: { id: 'sms-code' } });
    const verified = await runtime.send(
      'reg-1',
      { task: 'verify', action: 'verify', data: { smsCode: '246810' } },
      volunteer,
    );
    expect(verified).toMatchObject({ ok: true, instance: { state: ['approve'] } });
    const approved = await runtime.send(
      'reg-1',
      { task: 'approve', action: 'approve' },
      coordinator,
    );
    expect(approved).toMatchObject({
      ok: true,
      instance: { status: 'done', state: ['registered'] },
    });
  });

  it('blocks the registration after three wrong codes', async () => {
    const { runtime } = setUp();
    await runtime.start('volunteer-registration', { actor: volunteer });
    await runtime.send(
      'reg-1',
      { task: 'register', action: 'submit', data: { name: '陈静', mobile: '13912345678' } },
      volunteer,
    );
    const states: string[][] = [];
    for (const code of ['111111', '222222', '333333']) {
      const result = await runtime.send(
        'reg-1',
        { task: 'verify', action: 'verify', data: { smsCode: code } },
        volunteer,
      );
      if (result.ok) states.push([...result.instance.state]);
    }
    expect(states).toEqual([['verify.waiting'], ['verify.waiting'], ['blocked']]);
  });

  it('is simulated with its ways out', () => {
    const { definition } = setUp();
    const report = simulateFlow(definition, registry);
    expect(report.ok).toBe(true);
    expect(report.paths.map((path) => path.steps.join(' → '))).toEqual([
      'register → verify → approve → refused',
      'register → verify → approve → registered',
      'register → verify → blocked',
    ]);
  });
});
