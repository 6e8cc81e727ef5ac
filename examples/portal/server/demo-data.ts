/**
 * The demo's world, from the article on Luling New District (庐陵新区, Ji'an, Jiangxi): the
 * organisation tree, the three demo people, the service teams and the volunteers the
 * matching engine ranks. Data only; `seed.ts` puts the flows and projects in the store.
 */
import type { Principal } from '@yizhan/server';

/** A node of the organisation tree: district → street → community → station. */
export interface DemoPlace {
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly kind: 'district' | 'street' | 'community' | 'station';
  /** The ids from the top down to this node (what a principal's `place` holds). */
  readonly path: readonly string[];
  /** The centre of a community (WGS-84), for distances in the matching engine. */
  readonly location?: { readonly lat: number; readonly lng: number };
}

const place = (
  path: readonly string[],
  kind: DemoPlace['kind'],
  zh: string,
  en: string,
  location?: DemoPlace['location'],
): DemoPlace => ({
  id: path[path.length - 1] as string,
  name: { 'zh-CN': zh, en },
  kind,
  path,
  ...(location === undefined ? {} : { location }),
});

/** 庐陵新区 and what lies under it. */
export const PLACES: readonly DemoPlace[] = [
  place(['luling'], 'district', '庐陵新区', 'Luling New District'),
  place(['luling', 'hedong'], 'street', '河东街道', 'Hedong Street'),
  place(['luling', 'hedong', 'chongwen'], 'community', '崇文社区', 'Chongwen Community', {
    lat: 27.1123,
    lng: 114.9671,
  }),
  place(
    ['luling', 'hedong', 'chongwen', 'chongwen-station'],
    'station',
    '崇文社区新时代文明实践站',
    'Chongwen civilization practice station',
  ),
  place(
    ['luling', 'hedong', 'chongwen', 'bailian'],
    'station',
    '百联首府小区党群服务站',
    'Bailian Shoufu compound service station',
  ),
  place(['luling', 'hedong', 'jiefangqiao'], 'community', '解放桥社区', 'Jiefangqiao Community', {
    lat: 27.1189,
    lng: 114.9752,
  }),
  place(['luling', 'hedong', 'hubin'], 'community', '湖滨社区', 'Hubin Community', {
    lat: 27.1042,
    lng: 114.9608,
  }),
  place(['luling', 'hedong', 'hubin', 'yangfan'], 'station', '扬帆驿站', 'Yangfan station'),
  place(['luling', 'hexi'], 'street', '河西街道', 'Hexi Street'),
  place(['luling', 'hexi', 'shangde'], 'community', '尚德社区', 'Shangde Community', {
    lat: 27.0968,
    lng: 114.9497,
  }),
  place(['luling', 'hexi', 'yujiahe'], 'community', '余家河社区', 'Yujiahe Community', {
    lat: 27.0911,
    lng: 114.9563,
  }),
  place(['luling', 'hexi', 'yujiahe', 'huhang'], 'station', '护航驿站', 'Huhang station'),
  place(
    ['luling', 'hexi', 'shangde', 'central-park'],
    'station',
    '中央公园小区党群服务站',
    'Central Park compound service station',
  ),
];

/** 崇文社区, where the demo people live and work. */
export const CHONGWEN = ['luling', 'hedong', 'chongwen'] as const;

/** The demo roles a visitor can act as. */
export type DemoRole = 'resident' | 'volunteer' | 'coordinator';

/** A demo person: the principal the token carries and a display name. */
export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly place: readonly string[];
}

/** The person behind each demo role (all of 崇文社区). */
export const PEOPLE: Readonly<Record<DemoRole, DemoPerson>> = {
  resident: { id: 'li-mei', name: '李梅', roles: ['resident'], place: CHONGWEN },
  volunteer: { id: 'zhang-wei', name: '张伟', roles: ['volunteer'], place: CHONGWEN },
  coordinator: { id: 'wang-zhan', name: '王晓红', roles: ['coordinator'], place: CHONGWEN },
};

/** The principal of a demo person (what the signed token carries). */
export const principalOf = (person: DemoPerson): Principal => ({
  id: person.id,
  roles: [...person.roles],
  place: [...person.place],
});

/** Service teams (志愿服务队), at least one per station. */
export const TEAMS = [
  { id: 'wucai', name: '五彩益家志愿服务队', maxLoad: 4, currentLoad: 1 },
  { id: 'laobanzhang', name: '“老班长”志愿服务队', maxLoad: 3 },
  { id: 'huhang', name: '护航驿站志愿服务队', maxLoad: 3, currentLoad: 2 },
] as const;

/** What a micro-wish's category needs, as a skill the volunteers record. */
export const CATEGORY_SKILLS: Readonly<Record<string, string>> = {
  'elderly-children': '敬老爱幼',
  convenience: '便民服务',
  'legal-advice': '法律咨询',
  counselling: '心理咨询',
  mediation: '矛盾调解',
  environment: '环境整治',
};

const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((day) => ({ day, from, to }));
const weekend = (from: string, to: string) => [6, 7].map((day) => ({ day, from, to }));
const everyDay = (from: string, to: string) => [...weekdays(from, to), ...weekend(from, to)];

const home = (community: string, street: string, lat: number, lng: number) => ({
  community,
  street,
  location: { lat, lng },
});

/** The volunteers of the demo as the matching engine reads them (no ID numbers, no phones). */
export const VOLUNTEERS = [
  {
    id: 'zhang-wei',
    name: '张伟',
    skills: [
      { name: '便民服务', level: 4 },
      { name: '理发', level: 3 },
      { name: '敬老爱幼', level: 3 },
    ],
    home: home('崇文社区', '河东街道', 27.1131, 114.9665),
    availability: everyDay('08:00', '21:00'),
    maxLoad: 3,
    currentLoad: 0,
    ratings: { average: 4.8, count: 23 },
    team: 'wucai',
  },
  {
    id: 'wang-xiuying',
    name: '王秀英',
    skills: [
      { name: '理发', level: 5 },
      { name: '便民服务', level: 3 },
    ],
    home: home('崇文社区', '河东街道', 27.1109, 114.969),
    availability: weekend('08:00', '18:00'),
    maxLoad: 2,
    currentLoad: 1,
    ratings: { average: 4.9, count: 41 },
    team: 'wucai',
  },
  {
    id: 'liu-jianguo',
    name: '刘建国',
    skills: [
      { name: '敬老爱幼', level: 4 },
      { name: '便民服务', level: 2 },
      { name: '环境整治', level: 3 },
    ],
    home: home('解放桥社区', '河东街道', 27.1195, 114.9748),
    availability: everyDay('07:00', '20:00'),
    maxLoad: 4,
    currentLoad: 2,
    ratings: { average: 4.5, count: 12 },
  },
  {
    id: 'chen-fang',
    name: '陈芳',
    skills: [
      { name: '心理咨询', level: 4, certificateExpires: '2027-06-30' },
      { name: '敬老爱幼', level: 3 },
    ],
    home: home('湖滨社区', '河东街道', 27.1036, 114.9611),
    availability: weekdays('18:00', '21:30'),
    maxLoad: 2,
    ratings: { average: 4.7, count: 9 },
    team: 'laobanzhang',
  },
  {
    id: 'zhou-ming',
    name: '周明',
    skills: [
      { name: '法律咨询', level: 5, certificateExpires: '2028-12-31' },
      { name: '矛盾调解', level: 4 },
    ],
    home: home('尚德社区', '河西街道', 27.0971, 114.9502),
    availability: weekend('09:00', '17:00'),
    maxLoad: 3,
    currentLoad: 1,
    ratings: { average: 4.6, count: 18 },
  },
  {
    id: 'hu-xiaoli',
    name: '胡晓丽',
    skills: [
      { name: '便民服务', level: 3 },
      { name: '幼儿托管', level: 4 },
      { name: '敬老爱幼', level: 4 },
    ],
    home: home('余家河社区', '河西街道', 27.0915, 114.9559),
    availability: everyDay('09:00', '17:00'),
    maxLoad: 3,
    currentLoad: 3,
    ratings: { average: 4.4, count: 7 },
    team: 'huhang',
  },
  {
    id: 'zhao-lei',
    name: '赵磊',
    skills: [
      { name: '环境整治', level: 4 },
      { name: '便民服务', level: 2 },
    ],
    home: home('尚德社区', '河西街道', 27.0962, 114.9488),
    availability: weekdays('17:30', '21:00'),
    maxLoad: 2,
    ratings: { average: 4.2, count: 5 },
  },
  {
    id: 'sun-lan',
    name: '孙兰',
    skills: [
      { name: '矛盾调解', level: 4 },
      { name: '敬老爱幼', level: 5 },
      { name: '便民服务', level: 3 },
    ],
    home: home('湖滨社区', '河东街道', 27.1048, 114.9601),
    availability: everyDay('08:30', '11:30'),
    maxLoad: 3,
    currentLoad: 1,
    ratings: { average: 5, count: 30 },
    team: 'laobanzhang',
  },
  {
    id: 'xu-hao',
    name: '徐浩',
    skills: [{ name: '便民服务', level: 5 }],
    home: home('解放桥社区', '河东街道', 27.1201, 114.9761),
    availability: everyDay('08:00', '22:00'),
    maxLoad: 2,
    currentLoad: 2,
    ratings: { average: 4.6, count: 15 },
  },
] as const;

/** Display names of the demo volunteers by id. */
export const VOLUNTEER_NAMES: ReadonlyMap<string, string> = new Map(
  VOLUNTEERS.map((volunteer) => [volunteer.id, volunteer.name]),
);
