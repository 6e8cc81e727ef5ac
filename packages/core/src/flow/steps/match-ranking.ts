import * as z from 'zod';
import type { Issue } from '../../form/issues';
import { toJsonPointer } from '../../form/json-pointer';
import { LOCALES, type Locale } from '../../i18n/locale';
import { type MatchConfigDefinition, matchConfigDefinitionSchema } from '../../match/config';
import { formatMatchMessage, type MatchMessageParams } from '../../match/messages';
import { parseMatchRequest } from '../../match/parse';
import { coordinatesSchema, type MatchRequest } from '../../match/schema';
import { isDate, isDateTime, parseDateTime } from '../../match/time';
import type { JsonValue } from '../../store/rows';
import { addDuration, isDuration } from '../duration';
import { isoTime } from '../iso-time';

/*
 * How a `match` step reads the request to rank from an instance's data. A string names a
 * form field (checked by parseFlow like every field reference); anything else is the value
 * itself: `"skills": "neededSkill"` or `"skills": ["理发"]`, `"place": "community"` or
 * `"place": { "community": "尚德社区", "street": "河东街道" }`.
 */

const fieldRef = z.string().min(1).max(64);
const text = z.string().min(1).max(200);

/** A skill written in the definition: its name, or the name with a level and certificate. */
const fixedSkillSchema = z.union([
  text,
  z.strictObject({
    name: text,
    minLevel: z.int().min(1).max(5).optional(),
    certificate: z.boolean().optional(),
  }),
]);

/** Where a service takes place, written in the definition. */
const fixedPlaceSchema = z.strictObject({
  community: text,
  street: text.optional(),
  location: coordinatesSchema.optional(),
});

const durationText = z.string().refine(isDuration, { params: { code: 'invalid_duration' } });

/**
 * Where the request comes from: `skills` (a field holding a skill name or a list of them,
 * or a fixed list), `place` (a field holding a community name or an address whose
 * `region` is the community, or a fixed place), `window` (a date or date-time field for the
 * start, and an `end` field or a `duration`), `volunteersNeeded` (a field or a number) and
 * `teamAllowed`. Times without an offset are Beijing time, as forms give them.
 */
export const matchRequestSourceSchema = z.strictObject({
  skills: z.union([fieldRef, z.array(fixedSkillSchema).max(20)]).optional(),
  place: z.union([fieldRef, fixedPlaceSchema]),
  window: z.union([
    z.strictObject({ start: fieldRef, end: fieldRef }),
    z.strictObject({ start: fieldRef, duration: durationText }),
  ]),
  volunteersNeeded: z.union([fieldRef, z.int().min(1).max(1000)]).optional(),
  teamAllowed: z.boolean().optional(),
});

/** Where a `match` step's request comes from (see {@link matchRequestSourceSchema}). */
export type MatchRequestSource = z.infer<typeof matchRequestSourceSchema>;

/**
 * A `match` step's `ranking`: the matching engine's configuration (weights, filters,
 * `topK`, every property optional with the engine's defaults) and the `request` source.
 *
 * @example
 * { "request": { "skills": ["理发"], "place": "community", "window": { "start": "serviceAt", "duration": "PT1H" } },
 *   "weights": { "distance": 0.4 }, "distance": { "maxKm": 3 } }
 */
export const matchRankingSchema = z.strictObject({
  ...matchConfigDefinitionSchema.shape,
  request: matchRequestSourceSchema,
}) as unknown as z.ZodType<MatchRanking>;

/** A `match` step's `ranking` as written. */
export type MatchRanking = MatchConfigDefinition & { readonly request: MatchRequestSource };

/** The form fields a ranking names, with their paths inside the step (for parseFlow). */
export function rankingFields(
  ranking: MatchRanking | undefined,
): { readonly key: string; readonly path: readonly (string | number)[] }[] {
  if (ranking === undefined) return [];
  const { request } = ranking;
  const at = (...path: (string | number)[]) => ['ranking', 'request', ...path];
  const fields: { key: string; path: (string | number)[] }[] = [];
  if (typeof request.skills === 'string') fields.push({ key: request.skills, path: at('skills') });
  if (typeof request.place === 'string') fields.push({ key: request.place, path: at('place') });
  fields.push({ key: request.window.start, path: at('window', 'start') });
  if ('end' in request.window) fields.push({ key: request.window.end, path: at('window', 'end') });
  if (typeof request.volunteersNeeded === 'string')
    fields.push({ key: request.volunteersNeeded, path: at('volunteersNeeded') });
  return fields;
}

/** An issue whose message is given in every locale, so it can be stored and shown later. */
export interface StoredIssue {
  readonly code: string;
  readonly path: string;
  readonly params: MatchMessageParams;
  readonly message: Readonly<Record<Locale, string>>;
}

/** An issue of the matching catalog in every locale. */
export function storedIssue(code: string, path: string, params: MatchMessageParams): StoredIssue {
  const message = {} as Record<Locale, string>;
  for (const locale of LOCALES) message[locale] = formatMatchMessage(code, params, locale);
  return { code, path, params, message };
}

/** The same issue with its message in every locale (issues of the matching catalog). */
export function storeIssue(issue: Issue, prefix: readonly (string | number)[] = []): StoredIssue {
  const path = prefix.length === 0 ? issue.path : `${toJsonPointer(prefix)}${issue.path}`;
  return storedIssue(issue.code, path, issue.params ?? {});
}

type Built = { ok: true; value: MatchRequest } | { ok: false; issues: StoredIssue[] };

/** The local date-time a date or date-time answer stands for (a date is its midnight). */
function localTime(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isDate(value)) return `${value}T00:00`;
  return isDateTime(value) ? value : undefined;
}

/**
 * Builds the request to rank from an instance's data, as the step's `ranking.request`
 * says. Problems (an empty or unusable field, a window that ends before it starts) come
 * back as issues in every locale, with paths inside the step, for the coordinator to see.
 */
export function buildMatchRequest(
  source: MatchRequestSource,
  data: { readonly [key: string]: JsonValue },
  requestId: string,
): Built {
  const issues: StoredIssue[] = [];
  const base = ['ranking', 'request'];
  const fieldValue = (
    key: string,
    path: (string | number)[],
    expected: string,
    read: (value: JsonValue) => unknown,
  ): unknown => {
    const value = data[key];
    const pointer = toJsonPointer([...base, ...path]);
    const property = path.join('.');
    if (value === undefined || value === null || value === '') {
      issues.push(storedIssue('request_field_empty', pointer, { field: key, property }));
      return undefined;
    }
    const accepted = read(value);
    if (accepted === undefined)
      issues.push(
        storedIssue('request_field_invalid', pointer, {
          field: key,
          property,
          expected,
          received: value,
        }),
      );
    return accepted;
  };

  let skills: unknown = [];
  if (typeof source.skills === 'string') {
    skills = fieldValue(source.skills, ['skills'], 'skills', (value) => {
      const names = Array.isArray(value) ? value : [value];
      return names.every((name) => typeof name === 'string' && name !== '')
        ? names.map((name) => ({ name }))
        : undefined;
    });
  } else if (source.skills !== undefined) {
    skills = source.skills.map((skill) => (typeof skill === 'string' ? { name: skill } : skill));
  }

  const place =
    typeof source.place === 'string'
      ? fieldValue(source.place, ['place'], 'place', (value) => {
          if (typeof value === 'string') return { community: value };
          // An address answer names the community in its region.
          const region =
            value !== null && typeof value === 'object'
              ? (value as { readonly region?: JsonValue }).region
              : undefined;
          return typeof region === 'string' && region !== '' ? { community: region } : undefined;
        })
      : source.place;

  const start = fieldValue(source.window.start, ['window', 'start'], 'time', localTime) as
    | string
    | undefined;
  let end: string | undefined;
  if ('end' in source.window)
    end = fieldValue(source.window.end, ['window', 'end'], 'time', localTime) as string | undefined;
  else if (start !== undefined)
    end = addDuration(isoTime(parseDateTime(start)), source.window.duration);

  const needed =
    typeof source.volunteersNeeded === 'string'
      ? fieldValue(source.volunteersNeeded, ['volunteersNeeded'], 'count', (value) =>
          Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000
            ? value
            : undefined,
        )
      : source.volunteersNeeded;

  if (issues.length > 0) return { ok: false, issues };
  const parsed = parseMatchRequest({
    id: requestId,
    skills,
    place,
    window: { start, end },
    ...(needed === undefined ? {} : { volunteersNeeded: needed }),
    ...(source.teamAllowed === undefined ? {} : { teamAllowed: source.teamAllowed }),
  });
  if (!parsed.ok)
    return { ok: false, issues: parsed.issues.map((issue) => storeIssue(issue, base)) };
  return { ok: true, value: parsed.value };
}
