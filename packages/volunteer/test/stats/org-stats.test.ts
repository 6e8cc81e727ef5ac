import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/hours/ledger';
import { recordService } from '../../src/hours/ledger';
import { type OrgData, orgStatistics, rankTeams, rankVolunteers } from '../../src/stats/org-stats';
import { type OrgNode, type OrgTree, parseOrgTree, subtreeOf } from '../../src/stats/org-tree';
import { approvedService, SERVICE, unwrap } from '../fixtures/ledger';

const NODES: OrgNode[] = [
  { id: 'luling', name: '庐陵新区', level: 'district' },
  { id: 'street-a', name: '禾埠街道', level: 'street', parent: 'luling' },
  { id: 'street-b', name: '曲濑镇', level: 'street', parent: 'luling' },
  { id: 'chongwen', name: '崇文社区', level: 'community', parent: 'street-a' },
  { id: 'jiefangqiao', name: '解放桥社区', level: 'community', parent: 'street-a' },
  {
    id: 'chongwen-station',
    name: '崇文社区新时代文明实践站',
    level: 'station',
    parent: 'chongwen',
  },
  { id: 'bailian', name: '百联首府小区党群服务站', level: 'station', parent: 'chongwen' },
  { id: 'city-station', name: '天虹北广场城市驿站', level: 'station', parent: 'street-a' },
];

const tree = (): OrgTree => unwrap(parseOrgTree(NODES));
const RULE = { now: '2027-01-01T00:00:00Z', noticeDays: 7 };

function data(): OrgData {
  let ledger: Ledger = [];
  const serve = (volunteerId: string, hours: number) => {
    ledger = approvedService(ledger, { ...SERVICE, volunteerId, hours }, '2026-12-01T10:00:00Z');
  };
  serve('v-zhang', 20);
  serve('v-zhang', 10.5);
  serve('v-li', 18);
  serve('v-li', 12.5);
  serve('v-zhao', 8);
  serve('v-wu', 12);
  // Recorded but never approved: counted nowhere.
  ledger = unwrap(
    recordService(
      ledger,
      { ...SERVICE, volunteerId: 'v-zhao', hours: 24 },
      { by: 'wang-zhan', at: '2026-12-02T00:00:00Z' },
    ),
  );
  return {
    volunteers: [
      { id: 'v-zhang', name: '张伟', orgId: 'chongwen-station', teamId: 't-wucai' },
      { id: 'v-li', name: '李梅', orgId: 'bailian', teamId: 't-wucai' },
      { id: 'v-zhao', name: '赵雷', orgId: 'jiefangqiao', teamId: 't-zhixin' },
      { id: 'v-wu', name: '吴芳', orgId: 'city-station' },
      { id: 'v-lost', name: '周敏', orgId: 'nowhere' },
    ],
    teams: [
      { id: 't-wucai', name: '五彩益家志愿服务队', orgId: 'chongwen' },
      { id: 't-zhixin', name: '志在心中志愿服务队', orgId: 'jiefangqiao' },
    ],
    projects: [
      { id: 'p-1', orgId: 'chongwen-station' },
      { id: 'p-2', orgId: 'bailian' },
      { id: 'p-3', orgId: 'jiefangqiao' },
    ],
    requests: [
      { id: 'w-1', orgId: 'chongwen-station', state: 'served' },
      { id: 'w-2', orgId: 'chongwen-station', state: 'matching' },
      { id: 'w-3', orgId: 'bailian', state: 'served' },
      { id: 'w-4', orgId: 'jiefangqiao', state: 'rejected' },
      { id: 'w-5', orgId: 'street-b', state: 'review' },
    ],
    ledger,
  };
}

describe('organisation tree', () => {
  it('checks ids, parents and the order of levels', () => {
    const result = parseOrgTree(
      [
        ...NODES,
        { id: 'chongwen', name: '重复', level: 'community', parent: 'street-a' },
        { id: 'orphan', name: '孤立社区', level: 'community' },
        { id: 'lost', name: '无上级', level: 'station', parent: 'nope' },
        { id: 'skip', name: '跳级', level: 'community', parent: 'luling' },
      ],
      'zh-CN',
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['/8/id', 'org_duplicate_id', '节点编号 "chongwen" 重复，每个节点的编号必须唯一。'],
      ['/9/parent', 'org_parent_missing', '"orphan" 不是新区，需要写明上级节点（parent）。'],
      [
        '/10/parent',
        'org_unknown_parent',
        '"lost" 的上级 "nope" 不在组织树中，请先添加上级或核对编号。',
      ],
      [
        '/11/level',
        'org_level_order',
        '"skip"（社区）不能直接挂在新区下，层级应为 新区 → 街道 → 社区 → 站点。',
      ],
    ]);
  });

  it('finds a node and everything below it', () => {
    expect([...subtreeOf(tree(), 'chongwen')].sort()).toEqual([
      'bailian',
      'chongwen',
      'chongwen-station',
    ]);
  });
});

describe('statistics per level', () => {
  it('counts volunteers, teams, projects, requests by state and counted hours, each level including those below', () => {
    const { nodes, unplaced } = orgStatistics(tree(), data(), RULE);
    expect(
      nodes.map((n) => [n.id, n.level, n.volunteers, n.teams, n.projects, n.requests, n.hours]),
    ).toEqual([
      ['luling', 'district', 4, 2, 3, { matching: 1, rejected: 1, review: 1, served: 2 }, 81],
      ['street-a', 'street', 4, 2, 3, { matching: 1, rejected: 1, served: 2 }, 81],
      ['chongwen', 'community', 2, 1, 2, { matching: 1, served: 2 }, 61],
      ['chongwen-station', 'station', 1, 0, 1, { matching: 1, served: 1 }, 30.5],
      ['bailian', 'station', 1, 0, 1, { served: 1 }, 30.5],
      ['jiefangqiao', 'community', 1, 1, 1, { rejected: 1 }, 8],
      ['city-station', 'station', 1, 0, 0, {}, 12],
      ['street-b', 'street', 0, 0, 0, { review: 1 }, 0],
    ]);
    expect(unplaced).toEqual({ volunteers: ['v-lost'], teams: [], projects: [], requests: [] });
  });

  it('counts only hours that count at the time asked', () => {
    const early = orgStatistics(tree(), data(), { now: '2026-12-05T00:00:00Z', noticeDays: 7 });
    expect(early.nodes[0]?.hours).toBe(0);
  });
});

describe('rankings', () => {
  it('ranks the volunteers of a node by counted hours, ties sharing a rank, names masked for the public', () => {
    expect(rankVolunteers(tree(), 'luling', data(), { rule: RULE, thresholds: [10, 30] })).toEqual([
      { rank: 1, id: 'v-li', name: '李*', hours: 30.5, stars: 2 },
      { rank: 1, id: 'v-zhang', name: '张*', hours: 30.5, stars: 2 },
      { rank: 3, id: 'v-wu', name: '吴*', hours: 12, stars: 1 },
      { rank: 4, id: 'v-zhao', name: '赵*', hours: 8, stars: 0 },
    ]);
    expect(
      rankVolunteers(tree(), 'chongwen', data(), { rule: RULE, viewer: 'coordinator', limit: 1 }),
    ).toEqual([
      { rank: 1, id: 'v-li', name: '李梅', hours: 30.5, stars: 0 },
      { rank: 1, id: 'v-zhang', name: '张伟', hours: 30.5, stars: 0 },
    ]);
  });

  it('ranks teams by their members’ hours together', () => {
    expect(rankTeams(tree(), 'luling', data(), { rule: RULE })).toEqual([
      { rank: 1, id: 't-wucai', name: '五彩益家志愿服务队', hours: 61 },
      { rank: 2, id: 't-zhixin', name: '志在心中志愿服务队', hours: 8 },
    ]);
    expect(rankTeams(tree(), 'jiefangqiao', data(), { rule: RULE })).toEqual([
      { rank: 1, id: 't-zhixin', name: '志在心中志愿服务队', hours: 8 },
    ]);
  });
});
