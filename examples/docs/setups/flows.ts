// Setup of the flow samples (docs/flows.md): the micro-wish flow of the core's test
// fixtures as JSON text, its people and a resident's first answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '@yizhan/core/flow';

const ROOT = join(import.meta.dirname, '../../..');

/** The micro-wish flow (微心愿): request → review → match → serve → evaluate. */
export const json = readFileSync(
  join(ROOT, 'packages/core/test/flow/fixtures/micro-wish.json'),
  'utf8',
);

/** A resident of 解放桥社区 who posts the wish. */
export const resident: Actor = { id: 'resident-li', roles: ['resident'] };
/** The station coordinator (站长). */
export const coordinator: Actor = { id: 'coordinator-wang', roles: ['coordinator'] };
/** The resident's wish. */
export const answers = {
  wish: '帮忙把自家种的莴笋卖掉',
  room: '5栋1单元2103',
  phone: '13812345678',
  category: 'convenience',
};
