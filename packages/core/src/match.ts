/**
 * The matching engine: who should serve whom. Ranks volunteers and teams for a request
 * (hard filters, weighted score, explanations in words) and assigns a batch of requests
 * optimally under load limits. Pure functions over data; the flow's `match` step calls them.
 */
export {
  type Assignment,
  assignBatch,
  type BatchAssignment,
  type BatchResult,
  type DoubleBooking,
} from './match/assign';
export {
  DEFAULT_MATCH_CONFIG,
  type MatchConfig,
  type MatchConfigDefinition,
  type MatchConfigInput,
  matchConfigDefinitionSchema,
  matchConfigSchema,
  SCORE_PARTS,
  type ScorePartName,
} from './match/config';
export { FILTERS, type FilterName } from './match/evaluate';
export {
  type Candidate,
  type CandidateKind,
  type Exclusion,
  localizeCandidate,
  localizeExclusion,
  type ScorePart,
} from './match/explain';
export { type DistanceBasis, haversineKm } from './match/geo';
export { formatMatchMessage, type MatchMessageParams } from './match/messages';
export {
  type ParseMatchOptions,
  parseMatchConfig,
  parseMatchRequest,
  parseMatchRequests,
  parseTeams,
  parseVolunteers,
} from './match/parse';
export { createPool, isPool, type Pool } from './match/pool';
export {
  explainVolunteer,
  type Ranking,
  type RankOptions,
  rankCandidates,
  type VolunteerExplanation,
} from './match/rank';
export {
  availabilityExceptionSchema,
  type Coordinates,
  coordinatesSchema,
  type MatchRequest,
  type MatchRequestInput,
  matchRequestSchema,
  type Place,
  placeSchema,
  ratingSummarySchema,
  requiredSkillSchema,
  type Team,
  teamSchema,
  type Volunteer,
  type VolunteerInput,
  volunteerSchema,
  volunteerSkillSchema,
  weeklySlotSchema,
} from './match/schema';
export type { CandidateSource } from './match/sources';
