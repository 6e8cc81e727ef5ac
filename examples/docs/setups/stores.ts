// Setup of the store samples (docs/stores.md): the micro-wish flow, parsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryStore, parseFlow } from '@yizhan/core/flow';

const text = readFileSync(
  join(import.meta.dirname, '../../../packages/core/test/flow/fixtures/micro-wish.json'),
  'utf8',
);
const parsed = parseFlow(text);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
/** The micro-wish flow definition. */
export const microWish = parsed.value;

/** A store, for samples that only use one. */
export const store = createMemoryStore();
/** The scheduler's clock reading. */
export const now = new Date('2026-12-01T09:00:00+08:00').toISOString();
/** This server's name in timer leases. */
export const serverId = 'server-1';
