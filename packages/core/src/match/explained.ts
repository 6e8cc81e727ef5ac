/**
 * The candidates and exclusions a ranking returns, with their words built on first read.
 * A ranking of 100,000 volunteers allocates most of its garbage in explanation texts, and
 * garbage is what makes young-generation collections pause a ranking; a caller that shows
 * three candidates, or none, should not pay for the words of all of them. So a
 * candidate's `parts` and `text`, a part's `text` and an exclusion's `message` are own
 * enumerable getters that build the value from data kept with the object, once, and keep
 * it: `JSON.stringify`, spreading, `Object.keys` and `toEqual` see the same properties in
 * the same order as a plain object's (`explained.test.ts` checks it).
 */
import type { Locale } from '../i18n/locale';
import { type MatchConfig, SCORE_PARTS, type ScorePartName } from './config';
import type { NeededSkill } from './context';
import { BASES, type FilterName, type PartValues } from './evaluate';
import type { Candidate, CandidateFacts, CandidateKind, Exclusion, ScorePart } from './explain';
import type { DistanceBasis } from './geo';
import { formatMatchMessage, type MatchMessageParams, PART_SEPARATOR } from './messages';

/** The points part `name` adds to a score: weight × value, subtracted for `recent`. */
export function pointsOf(
  weights: MatchConfig['weights'],
  name: ScorePartName,
  value: number,
): number {
  return name === 'recent' ? -(weights.recent * value) : weights[name] * value;
}

/** One score part in words: "技能 理发 4 级：+0.280". */
export function partText(name: ScorePartName, params: MatchMessageParams, locale: Locale): string {
  return formatMatchMessage(`part_${name}`, params, locale);
}

/** A candidate's whole explanation in words, from its parts' texts. */
export function candidateText(
  kind: CandidateKind,
  name: string,
  score: number,
  members: number,
  parts: readonly { readonly text: string }[],
  locale: Locale,
): string {
  return formatMatchMessage(
    kind === 'team' ? 'team_candidate' : 'candidate',
    { name, score, members, parts: parts.map((part) => part.text).join(PART_SEPARATOR[locale]) },
    locale,
  );
}

/** An exclusion in words: who, which filter, why. */
export function exclusionText(
  name: string,
  filter: FilterName,
  code: string,
  params: MatchMessageParams,
  locale: Locale,
): string {
  const reason = formatMatchMessage(code, params, locale);
  const filterName = formatMatchMessage(`filter_${filter}`, {}, locale);
  return formatMatchMessage('excluded', { name, filterName, reason }, locale);
}

/** The data part `name`'s text is built from, with the points it adds. */
function partParams(
  name: ScorePartName,
  config: MatchConfig,
  skills: readonly NeededSkill[],
  facts: CandidateFacts,
  points: number,
): MatchMessageParams {
  switch (name) {
    case 'skill':
      return {
        skills: skills.map((skill, s) => ({ skill: skill.name, level: facts.levels[s] })),
        points,
      };
    case 'distance':
      return { km: facts.km, basis: BASES[facts.basis], maxKm: config.distance.maxKm, points };
    case 'load':
      return { currentLoad: facts.currentLoad, maxLoad: facts.maxLoad, points };
    case 'recent':
      return { count: facts.recentCount, days: config.recent.days, points };
    case 'rating':
      return {
        average: facts.ratingAverage,
        count: facts.ratingCount,
        prior: config.rating.prior,
        points,
      };
  }
}

/** A score part whose `text` is built when first read. */
class ExplainedPart implements ScorePart {
  static readonly #text: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ExplainedPart): string {
      this.#words ??= partText(this.name, this.params, this.#locale);
      return this.#words;
    },
  };
  declare readonly name: ScorePartName;
  declare readonly value: number;
  declare readonly weight: number;
  declare readonly points: number;
  declare readonly params: MatchMessageParams;
  declare readonly text: string;
  readonly #locale: Locale;
  #words: string | undefined = undefined;

  constructor(
    name: ScorePartName,
    value: number,
    weight: number,
    points: number,
    params: MatchMessageParams,
    locale: Locale,
  ) {
    this.name = name;
    this.value = value;
    this.weight = weight;
    this.points = points;
    this.params = params;
    Object.defineProperty(this, 'text', ExplainedPart.#text);
    this.#locale = locale;
  }
}

/**
 * A candidate whose `parts` and `text` are built when first read, from the part values
 * and facts it keeps (nothing that a later check of the ranking changes). The score is
 * found at once: the points of the parts added in {@link SCORE_PARTS} order, so the parts
 * built later add up to it exactly.
 */
class ExplainedCandidate implements Candidate {
  static readonly #parts: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ExplainedCandidate): readonly ScorePart[] {
      this.#builtParts ??= this.#buildParts();
      return this.#builtParts;
    },
  };
  static readonly #text: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ExplainedCandidate): string {
      this.#words ??= candidateText(
        this.kind,
        this.name,
        this.score,
        this.members?.length ?? 0,
        this.parts,
        this.#locale,
      );
      return this.#words;
    },
  };
  declare readonly kind: CandidateKind;
  declare readonly id: string;
  declare readonly name: string;
  declare readonly score: number;
  declare readonly parts: readonly ScorePart[];
  declare readonly distanceKm: number;
  declare readonly distanceBasis: DistanceBasis;
  declare readonly availableMinutes: number;
  declare readonly members?: readonly string[];
  declare readonly text: string;
  readonly #config: MatchConfig;
  readonly #skills: readonly NeededSkill[];
  readonly #values: PartValues;
  readonly #facts: CandidateFacts;
  readonly #locale: Locale;
  #builtParts: readonly ScorePart[] | undefined = undefined;
  #words: string | undefined = undefined;

  constructor(
    config: MatchConfig,
    skills: readonly NeededSkill[],
    values: PartValues,
    facts: CandidateFacts,
    locale: Locale,
  ) {
    let score = 0;
    for (const name of SCORE_PARTS) score += pointsOf(config.weights, name, values[name]);
    // The same properties in the same order as the plain object this replaces.
    this.kind = facts.kind;
    this.id = facts.id;
    this.name = facts.name;
    this.score = score;
    Object.defineProperty(this, 'parts', ExplainedCandidate.#parts);
    this.distanceKm = facts.km;
    this.distanceBasis = BASES[facts.basis] as DistanceBasis;
    this.availableMinutes = facts.minutes;
    if (facts.members) this.members = facts.members;
    Object.defineProperty(this, 'text', ExplainedCandidate.#text);
    this.#config = config;
    this.#skills = skills;
    this.#values = values;
    this.#facts = facts;
    this.#locale = locale;
  }

  #buildParts(): readonly ScorePart[] {
    const config = this.#config;
    return SCORE_PARTS.map((name) => {
      const value = this.#values[name];
      const points = pointsOf(config.weights, name, value);
      const params = partParams(name, config, this.#skills, this.#facts, points);
      return new ExplainedPart(name, value, config.weights[name], points, params, this.#locale);
    });
  }
}

/**
 * A candidate explained from its part values (`values`, kept, not copied) and `facts`,
 * its words in `locale` built when first read.
 */
export function explainedCandidate(
  config: MatchConfig,
  skills: readonly NeededSkill[],
  values: PartValues,
  facts: CandidateFacts,
  locale: Locale,
): Candidate {
  return new ExplainedCandidate(config, skills, values, facts, locale);
}

/** An exclusion whose `message` is built when first read. */
class ExplainedExclusion implements Exclusion {
  static readonly #message: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ExplainedExclusion): string {
      this.#words ??= exclusionText(this.name, this.filter, this.code, this.params, this.#locale);
      return this.#words;
    },
  };
  declare readonly kind: CandidateKind;
  declare readonly id: string;
  declare readonly name: string;
  declare readonly filter: FilterName;
  declare readonly code: string;
  declare readonly params: MatchMessageParams;
  declare readonly message: string;
  readonly #locale: Locale;
  #words: string | undefined = undefined;

  constructor(
    who: { readonly kind: CandidateKind; readonly id: string; readonly name: string },
    filter: FilterName,
    code: string,
    params: MatchMessageParams,
    locale: Locale,
  ) {
    this.kind = who.kind;
    this.id = who.id;
    this.name = who.name;
    this.filter = filter;
    this.code = code;
    this.params = params;
    Object.defineProperty(this, 'message', ExplainedExclusion.#message);
    this.#locale = locale;
  }
}

/** An exclusion of `who` by `filter` for the reason `code`, its message in `locale` built when first read. */
export function explainedExclusion(
  who: { readonly kind: CandidateKind; readonly id: string; readonly name: string },
  filter: FilterName,
  code: string,
  params: MatchMessageParams,
  locale: Locale,
): Exclusion {
  return new ExplainedExclusion(who, filter, code, params, locale);
}
