// Setup of the `match` step sample (docs/flows.md): a memory store, the micro-wish flow
// and a host "database" of volunteers (the matching tests' seeded generator).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryStore, parseFlow } from '@yizhan/core/flow';
import { generateTeams, generateVolunteers } from '../../../packages/core/test/match/generate';

const ROOT = join(import.meta.dirname, '../../..');
const parsed = parseFlow(
  readFileSync(join(ROOT, 'packages/core/test/flow/fixtures/micro-wish.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('\n'));

/** An in-memory store (a server uses SQLite or PostgreSQL). */
export const store = createMemoryStore();
/** The published flows. */
export const definitions = [parsed.value];

const volunteers = generateVolunteers(200, 11, generateTeams(3, 11));

/** The host's own volunteer records, found by the request's place. */
export const db = {
  async volunteersNear(place: { community?: string } | undefined) {
    return volunteers.filter(
      (volunteer) => place?.community === undefined || volunteer.home.community === place.community,
    );
  },
};
