import * as z from 'zod';

const weight = z.number().min(0).max(100);

/**
 * How the `match` step of a flow ranks and assigns: the weights of the score parts, the
 * hard limits of the filters, and how much to explain. Every property has a default, so
 * `{}` is a complete configuration; the flow's `match`
 * step embeds it (without defaults: {@link matchConfigDefinitionSchema}) as its `ranking`.
 *
 * @example
 * matchConfigSchema.parse({ weights: { distance: 0.5 }, distance: { maxKm: 3 } });
 */
export const matchConfigSchema = z
  .strictObject({
    /** Weights of the score parts; a part's points are its weight times its value (0–1). */
    weights: z
      .strictObject({
        /** Skill fit: the volunteer's level in the needed skills. */
        skill: weight.default(0.35),
        /** Proximity: 1 next door, 0 at the distance limit. */
        distance: weight.default(0.25),
        /** Load balance: the share of the volunteer's load limit still free. */
        load: weight.default(0.2),
        /** Penalty for assignments in the last `recent.days` days (subtracted). */
        recent: weight.default(0.1),
        /** Past ratings by residents, smoothed toward `rating.prior`. */
        rating: weight.default(0.1),
      })
      .prefault({}),
    /** How many candidates `rankCandidates` returns. */
    topK: z.int().min(1).max(1000).default(10),
    distance: z
      .strictObject({
        /** Volunteers farther than this (km) are excluded. */
        maxKm: z.number().positive().max(20_000).default(5),
        /** Distance assumed for the same street (街道) but another community without coordinates. */
        sameStreetKm: z.number().min(0).max(20_000).default(2),
        /**
         * What to do when the distance is unknown (no coordinates, another street): exclude
         * the volunteer (the default), or allow them at `unknownKm`.
         */
        unknown: z.enum(['allow', 'exclude']).default('exclude'),
        /** Distance assumed when unknown and allowed. */
        unknownKm: z.number().min(0).max(20_000).default(5),
      })
      .prefault({}),
    availability: z
      .strictObject({
        /**
         * Minutes of the request's window the volunteer must be free; windows shorter than
         * this must be covered whole.
         */
        minOverlapMinutes: z.int().min(1).max(100_000).default(60),
      })
      .prefault({}),
    recent: z
      .strictObject({
        /** How far back an assignment counts as recent. */
        days: z.number().min(0).max(366).default(7),
        /** How many recent assignments give the full penalty. */
        saturation: z.int().min(1).max(1000).default(3),
      })
      .prefault({}),
    rating: z
      .strictObject({
        /** The rating assumed for a volunteer nobody has rated yet (1–5). */
        prior: z.number().min(1).max(5).default(4),
        /** How many ratings the prior counts as (Bayesian smoothing). */
        priorWeight: z.number().min(0).max(1000).default(5),
      })
      .prefault({}),
    /** How many excluded volunteers `rankCandidates` explains (the near misses). */
    explainExcluded: z.int().min(0).max(1000).default(10),
  })
  .prefault({});

/** The same tree with every default left out (and every property optional), for definitions. */
function withoutDefaults(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault)
    return z.optional(withoutDefaults(schema.unwrap() as z.ZodType));
  if (schema instanceof z.ZodObject)
    return z.strictObject(
      Object.fromEntries(
        Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [
          key,
          withoutDefaults(value),
        ]),
      ),
    );
  return schema;
}

/**
 * The configuration as a definition holds it: the properties and limits of
 * {@link matchConfigSchema}, all optional, with no defaults filled in. A flow's `match`
 * step embeds its shape (under `ranking`), so the published JSON Schema does not demand
 * the defaulted properties; `matchConfigSchema.parse` fills them in when the step is built.
 */
export const matchConfigDefinitionSchema = withoutDefaults(
  matchConfigSchema.unwrap() as z.ZodType,
) as z.ZodObject<Record<keyof MatchConfigDefinition, z.ZodType>>;

/** A configuration as written in a definition: every property optional. */
export type MatchConfigDefinition = NonNullable<MatchConfigInput>;

/** A complete matching configuration, defaults applied. */
export type MatchConfig = z.infer<typeof matchConfigSchema>;
/** What a flow author writes: every property optional. */
export type MatchConfigInput = z.input<typeof matchConfigSchema>;

/** The configuration used when none is given: every default of {@link matchConfigSchema}. */
export const DEFAULT_MATCH_CONFIG: MatchConfig = matchConfigSchema.parse({});

/** The score parts in the order explanations list them. */
export const SCORE_PARTS = ['skill', 'distance', 'load', 'recent', 'rating'] as const;
/** One part of a candidate's score. */
export type ScorePartName = (typeof SCORE_PARTS)[number];
