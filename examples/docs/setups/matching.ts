// Setup of the matching samples (docs/matching.md): volunteer rows, teams and requests
// from the matching tests' seeded generator (崇文社区, 解放桥社区 …).
import { DEFAULT_MATCH_CONFIG } from '@yizhan/core/match';
import {
  generateRequests,
  generateTeams,
  generateVolunteers,
} from '../../../packages/core/test/match/generate';

/** Teams (志愿服务队). */
export const teams = generateTeams(4, 7);
/** Volunteer records as a host reads them from its database (unknown fields are dropped). */
export const rows = generateVolunteers(400, 7, teams).map((volunteer) => ({
  ...volunteer,
  phone: '13812345678',
}));
/** Open micro-wishes. */
export const openWishes = generateRequests(20, 7, { volunteers: 400, days: 3 });
/** One of them. */
export const wish = openWishes[0];
/** The default weights and limits. */
export const config = DEFAULT_MATCH_CONFIG;
