/**
 * The demo's own routes beside the Yizhan API: a signed token for each demo role, the
 * matching engine's candidates for a micro-wish, and the hours ledger (the coordinator
 * records and approves the hours of finished services; volunteers see their hours and
 * stars). Errors are `{ code, path, message }` in zh-CN or en like the API's.
 */
import type { Issue, Locale } from '@yizhan/core';
import type { FlowContext, Store } from '@yizhan/core/flow';
import {
  createPool,
  type MatchRequestInput,
  parseMatchRequest,
  parseTeams,
  parseVolunteers,
  rankCandidates,
} from '@yizhan/core/match';
import { type Principal, pickLocale, signToken, verifyToken } from '@yizhan/server';
import {
  approve,
  hoursOf,
  ledgerEntries,
  recordService,
  serviceFromServe,
  starProgress,
} from '@yizhan/volunteer';
import {
  CATEGORY_SKILLS,
  type DemoRole,
  PEOPLE,
  PLACES,
  principalOf,
  TEAMS,
  VOLUNTEER_NAMES,
  VOLUNTEERS,
} from './demo-data';
import { demoLedger } from './demo-ledger';

/** Days approved hours are published (公示) before they count. */
export const NOTICE_DAYS = 7;

const TOKEN_DAYS = 30;

type Messages = Record<string, { 'zh-CN': string; en: string }>;

const MESSAGES: Messages = {
  bad_role: {
    'zh-CN': '请选择身份：resident（居民）、volunteer（志愿者）或 coordinator（站长）。',
    en: 'Choose a role: resident, volunteer or coordinator.',
  },
  sign_in: {
    'zh-CN': '请先用页面顶部的身份切换选择一个身份。',
    en: 'Choose a role with the switcher at the top of the page first.',
  },
  coordinators_only: {
    'zh-CN': '只有站长可以这样做。请在页面顶部切换为“站长”。',
    en: 'Only a coordinator can do this. Switch to “Coordinator” at the top of the page.',
  },
  not_a_wish: {
    'zh-CN': '找不到这个微心愿，或者您无权查看。请从任务列表重新打开。',
    en: 'This micro-wish was not found or you may not see it. Open it again from the task list.',
  },
  not_served: {
    'zh-CN': '这项服务还没有签退，没有可记录的时长。请等志愿者签退后再审核。',
    en: 'This service has not been checked out yet, so there are no hours to record. Approve them after the volunteer checks out.',
  },
  already_recorded: {
    'zh-CN': '这项服务的时长已经记录过了。',
    en: 'The hours of this service are already recorded.',
  },
  bad_hours: {
    'zh-CN': '时长要在 0.5 到 24 小时之间，请修改后再提交。',
    en: 'Hours must be between 0.5 and 24. Change them and submit again.',
  },
  not_found: { 'zh-CN': '没有这个地址。', en: 'There is nothing at this address.' },
  bad_json: {
    'zh-CN': '请求内容不是有效的 JSON。',
    en: 'The request body is not valid JSON.',
  },
};

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

const problem = (status: number, code: string, locale: Locale, path = ''): Response =>
  json(status, { code, path, message: MESSAGES[code]?.[locale] ?? code });

/** What the demo routes need: the store, the token secret, and the API's fetch. */
export interface DemoRouteOptions {
  readonly store: Store;
  readonly secret: string;
  /** The Yizhan API's fetch handler, to read instances with the caller's own rights. */
  readonly api: (request: Request) => Promise<Response>;
  readonly clock?: () => Date;
}

/**
 * The demo volunteers and teams, indexed once: what `/demo/candidates` ranks, and what the
 * server's `volunteers` hook gives `match` steps configured with a `ranking`.
 */
export const DEMO_POOL = (() => {
  const volunteers = parseVolunteers(VOLUNTEERS);
  const teams = parseTeams(TEAMS);
  if (!volunteers.ok || !teams.ok) throw new Error('The demo volunteers do not parse.');
  return createPool(volunteers.value, teams.value);
})();

const communityOf = (id: string) => PLACES.find((place) => place.id === id);

/** The demo routes: answers a request under `/demo/`, or null for any other path. */
export function demoRoutes(options: DemoRouteOptions) {
  const clock = options.clock ?? (() => new Date());
  const ledger = demoLedger(options.store, clock);

  function caller(request: Request): Principal | null {
    const header = request.headers.get('authorization') ?? '';
    if (!header.startsWith('Bearer ')) return null;
    const claims = verifyToken(header.slice(7), options.secret, clock());
    return claims === null || claims === 'expired' ? null : claims;
  }

  async function instance(request: Request, id: string): Promise<Record<string, unknown> | null> {
    const response = await options.api(
      new Request(`http://demo.local/instances/${encodeURIComponent(id)}`, {
        headers: { authorization: request.headers.get('authorization') ?? '' },
      }),
    );
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  }

  async function session(request: Request, locale: Locale): Promise<Response> {
    let body: { role?: unknown };
    try {
      body = (await request.json()) as { role?: unknown };
    } catch {
      return problem(400, 'bad_json', locale);
    }
    const role = body?.role;
    if (role !== 'resident' && role !== 'volunteer' && role !== 'coordinator')
      return problem(422, 'bad_role', locale, '/role');
    const person = PEOPLE[role as DemoRole];
    const exp = Math.floor(clock().getTime() / 1000) + TOKEN_DAYS * 86_400;
    const token = signToken({ ...principalOf(person), exp }, options.secret);
    return json(200, {
      token,
      principal: { id: person.id, name: person.name, roles: person.roles, place: person.place },
    });
  }

  async function candidates(request: Request, id: string, locale: Locale): Promise<Response> {
    const who = caller(request);
    if (who === null) return problem(401, 'sign_in', locale);
    if (!who.roles.includes('coordinator')) return problem(403, 'coordinators_only', locale);
    const wish = await instance(request, id);
    if (wish === null || wish.flowId !== 'micro-wish') return problem(404, 'not_a_wish', locale);
    const data = (wish.data ?? {}) as Record<string, unknown>;
    // The wish is served where the coordinator who manages it works.
    const owner = who.place;
    const home = communityOf(owner[owner.length - 1] ?? '') ?? communityOf('chongwen');
    const street = communityOf(owner[1] ?? '');
    const skill = CATEGORY_SKILLS[String(data.category)];
    const now = clock();
    const wantedBy =
      typeof data.wantedBy === 'string' ? Date.parse(`${data.wantedBy}T23:59:00+08:00`) : NaN;
    const end =
      Number.isNaN(wantedBy) || wantedBy <= now.getTime() + 3_600_000
        ? new Date(now.getTime() + 3 * 86_400_000)
        : new Date(wantedBy);
    const input: MatchRequestInput = {
      id,
      title: typeof data.wish === 'string' ? data.wish.slice(0, 60) : id,
      skills: skill === undefined ? [] : [{ name: skill, minLevel: 2 }],
      place: {
        community: home?.name['zh-CN'] ?? '崇文社区',
        ...(street === undefined ? {} : { street: street.name['zh-CN'] }),
        ...(home?.location === undefined ? {} : { location: { ...home.location } }),
      },
      window: { start: now.toISOString(), end: end.toISOString() },
      volunteersNeeded: 1,
      teamAllowed: true,
    };
    const parsed = parseMatchRequest(input, { locale });
    if (!parsed.ok) return json(422, { ...parsed.issues[0], issues: parsed.issues });
    const ranking = rankCandidates(parsed.value, DEMO_POOL, undefined, { locale, topK: 5 });
    return json(200, {
      requestId: ranking.requestId,
      skill: skill ?? null,
      eligible: ranking.eligible,
      candidates: ranking.candidates.map((candidate) => ({
        kind: candidate.kind,
        id: candidate.id,
        name: candidate.name,
        score: Math.round(candidate.score * 1000) / 1000,
        distanceKm: Math.round(candidate.distanceKm * 10) / 10,
        members: candidate.members ?? [],
        memberNames: (candidate.members ?? []).map(
          (member) => VOLUNTEER_NAMES.get(member) ?? member,
        ),
        parts: candidate.parts.map((part) => ({
          name: part.name,
          points: part.points,
          text: part.text,
        })),
        text: candidate.text,
      })),
      excluded: ranking.excluded.map((miss) => ({
        kind: miss.kind,
        id: miss.id,
        name: miss.name,
        filter: miss.filter,
        code: miss.code,
        message: miss.message,
      })),
    });
  }

  /** Micro-wishes the coordinator sees whose service was checked out, with their ledger state. */
  async function servedWishes(request: Request) {
    const response = await options.api(
      new Request('http://demo.local/instances?flowId=micro-wish', {
        headers: { authorization: request.headers.get('authorization') ?? '' },
      }),
    );
    if (!response.ok) return [];
    const { instances } = (await response.json()) as { instances: { id: string }[] };
    const out: { id: string; context: FlowContext; data: Record<string, unknown> }[] = [];
    for (const summary of instances) {
      const full = await instance(request, summary.id);
      const context = full?.context as FlowContext | undefined;
      if (context === undefined) continue;
      const serve = context.steps.serve;
      if (serve?.checkedOutAt === undefined) continue;
      out.push({ id: summary.id, context, data: (full?.data ?? {}) as Record<string, unknown> });
    }
    return out;
  }

  const details = (data: Record<string, unknown>, recorder: string) => ({
    project: '微心愿',
    place: '崇文社区',
    content: typeof data.wish === 'string' ? data.wish.slice(0, 100) : '微心愿服务',
    personInCharge: PEOPLE.coordinator.name,
    recorder,
    ...(typeof data.contactName === 'string' ? { beneficiary: data.contactName } : {}),
    ...(typeof data.stars === 'number' ? { rating: data.stars } : {}),
  });

  async function hours(request: Request, locale: Locale): Promise<Response> {
    const who = caller(request);
    if (who === null) return problem(401, 'sign_in', locale);
    const events = await ledger.read();
    const rule = { now: clock().toISOString(), noticeDays: NOTICE_DAYS };
    const entries = ledgerEntries(events, rule);
    const view = (entry: (typeof entries)[number]) => ({
      id: entry.id,
      volunteerId: entry.service.volunteerId,
      volunteerName: VOLUNTEER_NAMES.get(entry.service.volunteerId) ?? entry.service.volunteerId,
      project: entry.service.project,
      date: entry.service.date,
      content: entry.service.content,
      hours: entry.service.hours,
      status: entry.status,
      ...(entry.countsFrom === undefined ? {} : { countsFrom: entry.countsFrom }),
      ...(entry.service.source === undefined
        ? {}
        : { instanceId: entry.service.source.instanceId }),
    });
    if (who.roles.includes('coordinator')) {
      const recorded = new Set(entries.map((entry) => entry.service.source?.instanceId));
      const toApprove = (await servedWishes(request))
        .filter((wish) => !recorded.has(wish.id))
        .map((wish) => {
          const serve = wish.context.steps.serve as Record<string, unknown>;
          const measured = typeof serve.hours === 'number' ? serve.hours : 0;
          return {
            instanceId: wish.id,
            wish: typeof wish.data.wish === 'string' ? wish.data.wish : '',
            volunteers: wish.context.volunteers.map((id) => ({
              id,
              name: VOLUNTEER_NAMES.get(id) ?? id,
            })),
            checkedInAt: serve.checkedInAt,
            checkedOutAt: serve.checkedOutAt,
            measuredHours: measured,
            suggestedHours: Math.min(24, Math.max(0.5, Math.round(measured * 2) / 2)),
          };
        });
      return json(200, {
        role: 'coordinator',
        noticeDays: NOTICE_DAYS,
        toApprove,
        recent: entries.slice(-10).reverse().map(view),
      });
    }
    const mine = entries.filter((entry) => entry.service.volunteerId === who.id);
    const counted = hoursOf(who.id, events, rule);
    const inNotice =
      mine
        .filter((entry) => entry.status === 'in-notice')
        .reduce((sum, entry) => sum + Math.round(entry.service.hours * 100), 0) / 100;
    return json(200, {
      role: 'volunteer',
      noticeDays: NOTICE_DAYS,
      counted,
      inNotice,
      progress: starProgress(counted),
      entries: mine.reverse().map(view),
    });
  }

  async function approveHours(request: Request, locale: Locale): Promise<Response> {
    const who = caller(request);
    if (who === null) return problem(401, 'sign_in', locale);
    if (!who.roles.includes('coordinator')) return problem(403, 'coordinators_only', locale);
    let body: { instanceId?: unknown; hours?: unknown };
    try {
      body = (await request.json()) as typeof body;
    } catch {
      return problem(400, 'bad_json', locale);
    }
    const hoursGiven = body.hours;
    if (typeof hoursGiven !== 'number' || !(hoursGiven >= 0.5 && hoursGiven <= 24))
      return problem(422, 'bad_hours', locale, '/hours');
    const wish = await instance(request, String(body.instanceId));
    const context = wish?.context as FlowContext | undefined;
    if (wish === null || wish.flowId !== 'micro-wish' || context === undefined)
      return problem(404, 'not_a_wish', locale, '/instanceId');
    const services = serviceFromServe(
      context,
      'serve',
      details((wish.data ?? {}) as Record<string, unknown>, PEOPLE.coordinator.name),
    );
    if (services.length === 0) return problem(409, 'not_served', locale, '/instanceId');
    const at = clock().toISOString();
    const outcome = await ledger.update<'already' | 'ok' | readonly Issue[]>((current) => {
      if (
        current.some(
          (event) => event.type === 'recorded' && event.service.source?.instanceId === wish.id,
        )
      )
        return { ledger: null, result: 'already' as const };
      let next = current;
      for (const service of services) {
        const recorded = recordService(
          next,
          { ...service, hours: hoursGiven },
          { by: who.id, at, locale },
        );
        if (!recorded.ok) return { ledger: null, result: recorded.issues };
        const entry = recorded.value[recorded.value.length - 1] as { id: string };
        const approved = approve(recorded.value, entry.id, { by: who.id, at, locale });
        if (!approved.ok) return { ledger: null, result: approved.issues };
        next = approved.value;
      }
      return { ledger: next, result: 'ok' as const };
    });
    if (outcome === 'already') return problem(409, 'already_recorded', locale, '/instanceId');
    if (outcome !== 'ok') return json(422, { ...outcome[0], issues: outcome });
    return json(200, { recorded: services.length, hours: hoursGiven, noticeDays: NOTICE_DAYS });
  }

  return async (request: Request): Promise<Response | null> => {
    const url = new URL(request.url);
    const locale = pickLocale(request.headers.get('accept-language'));
    const path = url.pathname;
    if (!path.startsWith('/demo/')) return null;
    if (path === '/demo/session' && request.method === 'POST') return session(request, locale);
    const wish = /^\/demo\/candidates\/([^/]+)$/.exec(path);
    if (wish && request.method === 'GET')
      return candidates(request, decodeURIComponent(wish[1] as string), locale);
    if (path === '/demo/hours' && request.method === 'GET') return hours(request, locale);
    if (path === '/demo/hours' && request.method === 'POST') return approveHours(request, locale);
    return problem(404, 'not_found', locale);
  };
}
