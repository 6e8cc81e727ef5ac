import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli';
import { captureIo } from './capture-io';

const microWish = readFileSync(
  join(import.meta.dirname, '../../core/test/flow/fixtures/micro-wish.json'),
  'utf8',
);

describe('yizhan simulate', () => {
  it('prints every path of the micro-wish flow and exits 0', async () => {
    const io = captureIo();
    await io.writeText('micro-wish.json', microWish);
    expect(await runCli(['simulate', 'micro-wish.json', '--locale', 'en'], io)).toBe(0);
    expect(io.out.join('')).toMatchInlineSnapshot(`
      "micro-wish.json: micro-wish v1, 5 paths
        1. request → review → match → expired  (submit, approve, overdue)
        2. request → review → match → serve → evaluate → done  (submit, approve, match, checkOut, overdue)
        3. request → review → match → serve → evaluate → thanks → done  (submit, approve, match, checkOut, submit, otherwise)
        4. request → review → match → serve → evaluate → thanks → praise → done  (submit, approve, match, checkOut, submit, when 1, next)
        5. request → review → rejected  (submit, reject)
      "
    `);
    expect(io.err).toEqual([]);
  });

  it('prints the problems of a flow that can never end and exits 1', async () => {
    const io = captureIo();
    const flow = JSON.parse(microWish);
    const praise = flow.steps.find((step: { id: string }) => step.id === 'praise');
    const thanks = flow.steps.find((step: { id: string }) => step.id === 'thanks');
    praise.next = 'thanks';
    thanks.otherwise = 'praise';
    await io.writeText('loop.json', JSON.stringify(flow));
    expect(await runCli(['simulate', 'loop.json', '--locale', 'en'], io)).toBe(1);
    expect(io.err.join('')).toBe(
      [
        'loop.json:/steps/5/id: From the step "thanks" the flow can never reach an end. Give it a path to a step of type "end". [cannot_end]',
        'loop.json:/steps/6/id: From the step "praise" the flow can never reach an end. Give it a path to a step of type "end". [cannot_end]',
        '',
      ].join('\n'),
    );
  });

  it('refuses a missing argument with exit code 2', async () => {
    const io = captureIo();
    expect(await runCli(['simulate'], io)).toBe(2);
  });
});
