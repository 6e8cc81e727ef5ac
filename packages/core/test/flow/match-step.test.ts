import { describe, expect, it } from 'vitest';
import type { MatchSuggestions } from '../../src/flow/steps/match-suggestions';
import { createMemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';
import { haircutRuntime, haircutWish, volunteersHook } from './match-step-fixture';
import { coordinator, DAY, resident } from './micro-wish';

const submitWish = { task: 'request', action: 'submit', data: haircutWish };

async function postWish(match: Record<string, unknown>, hooks: object) {
  const { runtime, store, clock } = haircutRuntime(match, hooks);
  await runtime.start('haircut-wish', { actor: resident });
  const sent = await runtime.send('wish-1', submitWish, resident);
  if (!sent.ok) throw new Error(sent.message);
  return { runtime, store, clock, instance: sent.instance };
}

const ids = (suggestions: MatchSuggestions) => suggestions.candidates.map((c) => c.id);

describe('match step with a ranking (the matching engine)', () => {
  it('in auto mode assigns the best volunteer and keeps why on the step and in the history', async () => {
    const hook = volunteersHook();
    const { runtime, instance } = await postWish({ mode: 'auto', max: 1 }, hook);
    expect(instance.state).toEqual(['serve.assigned']);
    expect(instance.context.volunteers).toEqual(['wang-xiuying']);
    // The request the hook got was built from the wish.
    expect(hook.calls).toEqual([
      {
        id: 'wish-1',
        skills: [{ name: '理发', minLevel: 1, certificate: false }],
        place: { community: '尚德社区' },
        window: { start: '2026-12-05T09:00', end: '2026-12-05T02:00:00.000Z' },
        volunteersNeeded: 1,
        teamAllowed: false,
      },
    ]);
    // The suggestions leave the data with the step; a summary stays on its record.
    expect(instance.context.data['match.ranking']).toBeUndefined();
    expect(instance.context.steps.match?.ranking).toEqual({
      suggested: [
        { kind: 'volunteer', id: 'wang-xiuying', score: expect.closeTo(0.8191, 4) },
        { kind: 'volunteer', id: 'li-jianguo', score: expect.closeTo(0.675, 4) },
      ],
      eligible: 2,
      excludedBy: { skill: 0, certificate: 0, distance: 0, availability: 1, load: 1 },
      issues: [],
    });
    const proposed = (await runtime.history('wish-1')).find((e) => e.event === 'match.proposed');
    const ranking = proposed?.data?.ranking as unknown as MatchSuggestions;
    expect(proposed?.data?.volunteerIds).toEqual(['wang-xiuying']);
    expect(ids(ranking)).toEqual(['wang-xiuying', 'li-jianguo']);
  });

  it('with too few candidates opens the coordinator task with the suggestions and their reasons', async () => {
    const { runtime, instance } = await postWish(
      { mode: 'auto', min: 3, max: 3 },
      volunteersHook(),
    );
    expect(instance.state).toEqual(['match.choosing']);
    expect(instance.context.volunteers).toEqual([]);
    const [task] = await runtime.tasksFor(coordinator);
    expect(task?.key).toBe('match');
    const suggestions = task?.data['match.ranking'] as unknown as MatchSuggestions;
    expect(ids(suggestions)).toEqual(['wang-xiuying', 'li-jianguo']);
    expect(suggestions.eligible).toBe(2);
    // Counted among the volunteers the indexes named (haircut, 河东街道, free on Saturday morning).
    expect(suggestions.excludedBy).toEqual({
      skill: 0,
      certificate: 0,
      distance: 0,
      availability: 1,
      load: 1,
    });
    const best = suggestions.candidates[0];
    expect(best?.text).toEqual({
      'zh-CN':
        '王秀英：得分 0.819。技能 理发 4 级：+0.280；距离 0.0 公里（同一社区）：+0.250；当前负荷 0/3：+0.200；近 7 天接单 0 次：+0.000；评分 4.8（12 次）：+0.089',
      en: '王秀英: score 0.819. skill 理发 level 4: +0.280; 0.0 km away (same community): +0.250; load 0 of 3: +0.200; 0 assignment(s) in the last 7 days: +0.000; rated 4.8 (12 ratings): +0.089',
    });
    expect(best?.parts.map((part) => [part.name, part.text.en])).toEqual([
      ['skill', 'skill 理发 level 4: +0.280'],
      ['distance', '0.0 km away (same community): +0.250'],
      ['load', 'load 0 of 3: +0.200'],
      ['recent', '0 assignment(s) in the last 7 days: +0.000'],
      ['rating', 'rated 4.8 (12 ratings): +0.089'],
    ]);
    const why = Object.fromEntries(
      suggestions.excluded.map((e) => [e.id, [e.filter, e.code, e.message['zh-CN']]]),
    );
    expect(why).toEqual({
      'zhang-wei': [
        'load',
        'load_full',
        '张伟：未通过「负荷」筛选。当前已承担 2 项任务，达到上限 2 项。',
      ],
      'chen-jing': [
        'availability',
        'not_available',
        '陈静：未通过「时间」筛选。服务时间内只有 30 分钟有空，需要至少 60 分钟；可询问其是否愿意调整时间。',
      ],
    });
    expect(suggestions.excluded.find((e) => e.id === 'zhang-wei')?.message.en).toBe(
      '张伟: excluded by the load filter. Already has 2 open assignment(s), the limit of 2.',
    );

    // The coordinator chooses (and may choose beyond the suggestions: 张伟 agreed on the
    // phone to take one more); the suggestions leave the data, the summary stays.
    const team = ['wang-xiuying', 'li-jianguo', 'zhang-wei'];
    const chosen = await runtime.send(
      'wish-1',
      { task: 'match', action: 'match', data: { volunteerIds: team } },
      coordinator,
    );
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.instance.context.volunteers).toEqual(team);
    expect(chosen.instance.context.data['match.ranking']).toBeUndefined();
    expect(chosen.instance.context.steps.match?.ranking).toMatchObject({
      suggested: [{ id: 'wang-xiuying' }, { id: 'li-jianguo' }],
      eligible: 2,
    });
  });

  it('in auto mode does not choose again a volunteer who declined', async () => {
    const { runtime } = await postWish({ mode: 'auto', max: 1 }, volunteersHook());
    const wang = { id: 'wang-xiuying', roles: ['volunteer'] };
    const declined = await runtime.send('wish-1', { task: 'serve', action: 'decline' }, wang);
    if (!declined.ok) throw new Error(declined.message);
    expect(declined.instance.state).toEqual(['serve.assigned']);
    expect(declined.instance.context.volunteers).toEqual(['li-jianguo']);
    // 王秀英 is still the best by score: the ranking shows her, the step passed her over.
    expect(declined.instance.context.steps.match?.ranking).toMatchObject({
      suggested: [{ id: 'wang-xiuying' }, { id: 'li-jianguo' }],
    });
  });

  it('in the default mode opens the task at once and adds the suggestions beside it', async () => {
    const { runtime, instance } = await postWish({}, volunteersHook());
    expect(instance.state).toEqual(['match.choosing.ranked']);
    const [task] = await runtime.tasksFor(coordinator);
    expect(task?.actions).toEqual(['match']);
    expect(ids(task?.data['match.ranking'] as unknown as MatchSuggestions)).toEqual([
      'wang-xiuying',
      'li-jianguo',
    ]);
  });

  it('drops the suggestions from the data however the step is left (overdue goto too)', async () => {
    const overdue = { action: 'goto', step: 'done' };
    const { runtime, clock } = await postWish({ due: 'P1D', overdue }, volunteersHook());
    clock.advance(2 * DAY);
    expect((await runtime.fireDueTimers()).fired).toEqual(['wish-1 match.due']);
    const done = await runtime.instance('wish-1');
    expect(done?.status).toBe('done');
    expect(done?.context.data).toEqual(haircutWish);
    expect(done?.context.steps.match?.ranking).toMatchObject({ eligible: 2 });
  });

  it('explains each candidate by parts whose points add up to the score', async () => {
    const { runtime } = await postWish({ mode: 'auto', min: 3 }, volunteersHook());
    const [task] = await runtime.tasksFor(coordinator);
    const suggestions = task?.data['match.ranking'] as unknown as MatchSuggestions;
    expect(suggestions.candidates).toHaveLength(2);
    for (const candidate of suggestions.candidates) {
      let sum = 0;
      for (const part of candidate.parts) {
        // (+ 0: JSON keeps no negative zero, which a recent part of 0 points is before storing)
        expect(part.points + 0).toBe(
          (part.name === 'recent' ? -(part.weight * part.value) : part.weight * part.value) + 0,
        );
        sum += part.points;
      }
      expect(sum).toBe(candidate.score);
    }
  });

  it('gives the coordinator the issues when the wish lacks what the ranking reads', async () => {
    // A wish submitted by an older form without the service time (the field is not required there).
    const noTime = haircutRuntime(
      {
        mode: 'auto',
        ranking: {
          request: {
            skills: 'skill',
            place: 'community',
            window: { start: 'wish', duration: 'PT1H' },
          },
        },
      },
      volunteersHook(),
    );
    await noTime.runtime.start('haircut-wish', { actor: resident });
    const sent = await noTime.runtime.send('wish-1', submitWish, resident);
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.instance.state).toEqual(['match.choosing']);
    const suggestions = sent.instance.context.data['match.ranking'] as unknown as MatchSuggestions;
    expect(suggestions.candidates).toEqual([]);
    expect(suggestions.issues).toEqual([
      {
        code: 'request_field_invalid',
        path: '/ranking/request/window/start',
        params: {
          field: 'wish',
          property: 'window.start',
          expected: 'time',
          received: haircutWish.wish,
        },
        message: {
          'zh-CN': `字段 "wish" 的值 "${haircutWish.wish}" 不能用于 window.start：需要日期或日期时间，例如 "2026-12-05T09:00"。`,
          en: `The value "${haircutWish.wish}" of the field "wish" cannot be used for window.start: a date or date-time such as "2026-12-05T09:00" is needed.`,
        },
      },
    ]);
  });

  it('without a volunteers hook asks the older candidates hook, or says a source is missing', async () => {
    const old = await postWish(
      { mode: 'auto', max: 2 },
      {
        candidates: async () => ['zhao-lei', 'chen-jing', 'li-jianguo'],
      },
    );
    expect(old.instance.context.volunteers).toEqual(['zhao-lei', 'chen-jing']);
    const none = await postWish({ mode: 'auto' }, {});
    expect(none.instance.state).toEqual(['match.choosing']);
    const suggestions = none.instance.context.data['match.ranking'] as unknown as MatchSuggestions;
    expect(suggestions.issues.map((issue) => issue.code)).toEqual(['pool_missing']);
  });

  it('makes the same choice when the job runs again after a lost commit (at least once)', async () => {
    const inner = createMemoryStore();
    let failures = 1;
    const flaky: Store = new Proxy(inner, {
      get(target, name, receiver) {
        if (name !== 'commit') return Reflect.get(target, name, receiver);
        return async (commit: Parameters<Store['commit']>[0]) => {
          if (failures > 0 && commit.history.some((entry) => entry.event === 'match.proposed')) {
            failures -= 1;
            throw new Error('数据库连接中断');
          }
          return target.commit(commit);
        };
      },
    });
    const hook = volunteersHook();
    const { runtime } = haircutRuntime({ mode: 'auto', max: 1 }, hook, {
      store: flaky,
      runJobsInline: false,
    });
    await runtime.start('haircut-wish', { actor: resident });
    await runtime.send('wish-1', submitWish, resident);
    await expect(runtime.fireDueTimers()).rejects.toThrow('数据库连接中断');
    expect((await runtime.instance('wish-1'))?.state).toEqual(['match.proposing']);
    expect((await runtime.fireDueTimers()).fired).toEqual(['wish-1 match.candidates']);
    expect(hook.calls).toHaveLength(2);
    expect(hook.calls[1]).toEqual(hook.calls[0]);

    const clean = await postWish({ mode: 'auto', max: 1 }, volunteersHook());
    const rerun = await runtime.instance('wish-1');
    expect(rerun?.context.volunteers).toEqual(['wang-xiuying']);
    expect(rerun?.context.steps.match?.ranking).toEqual(
      clean.instance.context.steps.match?.ranking,
    );
    const proposed = async (r: typeof runtime) =>
      (await r.history('wish-1')).filter((e) => e.event === 'match.proposed').map((e) => e.data);
    expect(await proposed(runtime)).toEqual(await proposed(clean.runtime));
  });
});
