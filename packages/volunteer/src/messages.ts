import type { Issue } from '@yizhan/core/form';
import type { Locale } from '@yizhan/core/i18n';

/** Values a message is built from. */
export type VolunteerMessageParams = Readonly<Record<string, unknown>>;
type Catalog = Readonly<Record<string, (p: VolunteerMessageParams) => string>>;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);
const FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  volunteerId: ['志愿者', 'volunteer'],
  project: ['项目名称', 'project name'],
  place: ['服务地点', 'place'],
  content: ['服务内容', 'service content'],
  personInCharge: ['负责人', 'person in charge'],
  recorder: ['记录人', 'recorder'],
  beneficiary: ['服务对象', 'beneficiary'],
};
const zhField = (field: unknown): string => FIELDS[String(field)]?.[0] ?? String(field);
const enField = (field: unknown): string => FIELDS[String(field)]?.[1] ?? String(field);

const LEVELS_ZH: Readonly<Record<string, string>> = {
  district: '新区',
  street: '街道',
  community: '社区',
  station: '站点',
};

const EXAMPLE_LINE = '5栋1单元2103莴笋3斤，小白菜2斤';

const zhCN: Catalog = {
  // Love relay lines
  relay_example_line: () => '这一行是接龙示例，不是订单；如果是您的订单，请去掉开头的“例”。',
  relay_not_an_order: () =>
    `这一行没有找到楼栋房号和数量。如果是订单，请按“${EXAMPLE_LINE}”的格式改写；不是订单可以忽略。`,
  relay_address_missing: () => `没有找到楼栋和房号，请在开头写上，例如“${EXAMPLE_LINE}”。`,
  relay_room_missing: (p) =>
    `${p.building}栋后面缺少房号，请补上，例如“${p.building}栋1单元2103”。`,
  relay_items_missing: () => '有地址但没有写要订什么，请补上品名和数量，例如“莴笋3斤”。',
  relay_name_missing: () => '这个数量前后没有品名，请写明是什么菜，例如“莴笋3斤”。',
  relay_quantity_missing: (p) => `“${p.name}”没有写数量，请补上，例如“${p.name}2斤”。`,
  relay_quantity_ambiguous: (p) =>
    `“${p.text}”是一个范围，请改成一个确定的数量，例如“${p.name}3斤”。`,
  relay_quantity_zero: (p) => `“${p.name}”的数量是 0，请改成要订的数量或删掉这一项。`,
  relay_unit_missing: (p) => `“${p.name}”没有写单位，暂按数量统计；请确认是斤、个还是袋。`,
  relay_unit_assumed: (p) => `“${p.name}”没有写单位，已按“${p.unit}”统计，请确认。`,
  relay_unit_corrected: (p) => `单位“${p.from}”已按“${p.to}”理解，请确认。`,
  relay_name_corrected: (p) => `“${p.from}”已按“${p.to}”理解，请确认。`,
  relay_unknown_item: (p) => `“${p.name}”不在本次接龙的品种里，请和居民确认或改成已有的品种。`,
  relay_unknown_row: (p) => `接龙里没有 "${p.row}" 这一行，请刷新后再更正或撤回。`,
  // Hours ledger
  ledger_field_missing: (p) => `请填写${zhField(p.field)}。`,
  ledger_field_too_long: (p) => `${zhField(p.field)}最多 ${p.max} 个字，请删减。`,
  ledger_bad_date: (p) => `服务日期 ${show(p.value)} 无效，请写成 年-月-日，例如 2026-12-01。`,
  ledger_bad_hours: (p) =>
    `服务时长 ${show(p.value)} 无效：须大于 0 且不超过 24 小时，请按签到签退时间核对。`,
  ledger_hours_precision: (p) => `服务时长 ${show(p.value)} 最多保留两位小数，例如 2.5 或 1.75。`,
  ledger_bad_rating: (p) => `服务质量评价 ${show(p.value)} 无效，请填 1 到 5 的整数。`,
  ledger_actor_missing: () => '缺少操作人，请注明是谁记录或审核的。',
  ledger_bad_time: (p) =>
    `时间 ${show(p.value)} 无效，请使用 ISO 8601 格式，例如 2026-12-01T09:30:00+08:00。`,
  ledger_duplicate_id: (p) => `编号 "${p.id}" 已在台账中使用，请换一个编号或不填（自动编号）。`,
  ledger_unknown_entry: (p) => `台账中没有编号为 "${p.id}" 的服务记录，请核对编号。`,
  ledger_already_decided: (p) =>
    `记录 "${p.id}" 已由 ${p.by} ${p.decision === 'approved' ? '审核通过' : '驳回'}，不能再次审核；如有错误请提交更正。`,
  ledger_self_approval: (p) =>
    `不能审核自己的服务时长（记录 "${p.id}"），请由站长或其他管理员审核。`,
  ledger_reason_missing: () => '请写明原因，例如“签退时间记错，实际服务 2 小时”。',
  ledger_superseded: (p) => `记录 "${p.id}" 已有更正，请更正最新的记录 "${p.latest}"。`,
  ledger_volunteer_fixed: () =>
    '更正不能改变志愿者；如果记错了人，请驳回原记录，再为正确的志愿者新建记录。',
  // Star levels
  stars_not_a_list: () => '星级门槛须是 1 到 10 个递增的小时数，例如 [100, 300, 600, 1000, 1500]。',
  stars_bad_threshold: (p) => `门槛 ${p.value} 无效，须是大于 0 的小时数。`,
  stars_not_rising: (p) =>
    `${p.star} 星的门槛 ${p.value} 须大于前一级的 ${p.before}，请按从低到高排列。`,
  // Organisation tree
  org_duplicate_id: (p) => `节点编号 "${p.id}" 重复，每个节点的编号必须唯一。`,
  org_bad_level: (p) =>
    `层级 ${show(p.level)} 无效，请使用以下之一：${(p.allowed as string[]).join('、')}。`,
  org_parent_missing: (p) => `"${p.id}" 不是新区，需要写明上级节点（parent）。`,
  org_unknown_parent: (p) =>
    `"${p.id}" 的上级 "${p.parent}" 不在组织树中，请先添加上级或核对编号。`,
  org_level_order: (p) =>
    `"${p.id}"（${LEVELS_ZH[String(p.level)] ?? p.level}）不能直接挂在${LEVELS_ZH[String(p.parentLevel)] ?? p.parentLevel}下，层级应为 新区 → 街道 → 社区 → 站点。`,
};

const en: Catalog = {
  relay_example_line: () =>
    'This line is the relay example, not an order. If it is your order, remove the leading "例".',
  relay_not_an_order: () =>
    `No building, room or quantity found. If this is an order, rewrite it like "${EXAMPLE_LINE}"; otherwise ignore it.`,
  relay_address_missing: () =>
    `No building and room found. Put them first, as in "${EXAMPLE_LINE}".`,
  relay_room_missing: (p) =>
    `Building ${p.building} has no room number. Add it, as in "${p.building}栋1单元2103".`,
  relay_items_missing: () =>
    'There is an address but no order. Add what and how much, as in "莴笋3斤".',
  relay_name_missing: () => 'This quantity has no item name. Say what it is, as in "莴笋3斤".',
  relay_quantity_missing: (p) => `"${p.name}" has no quantity. Add one, as in "${p.name}2斤".`,
  relay_quantity_ambiguous: (p) =>
    `"${p.text}" is a range. Change it to one quantity, as in "${p.name}3斤".`,
  relay_quantity_zero: (p) => `The quantity of "${p.name}" is 0. Correct it or remove the item.`,
  relay_unit_missing: (p) =>
    `"${p.name}" has no unit, so it is counted as a bare number. Check whether it means jin, pieces or bags.`,
  relay_unit_assumed: (p) => `"${p.name}" has no unit; counted in "${p.unit}". Please check.`,
  relay_unit_corrected: (p) => `The unit "${p.from}" was read as "${p.to}". Please check.`,
  relay_name_corrected: (p) => `"${p.from}" was read as "${p.to}". Please check.`,
  relay_unknown_item: (p) =>
    `"${p.name}" is not on sale in this relay. Check with the resident or change it to an item on sale.`,
  relay_unknown_row: (p) =>
    `The relay has no line "${p.row}". Reload the list, then correct or withdraw the line again.`,
  ledger_field_missing: (p) => `Fill in the ${enField(p.field)}.`,
  ledger_field_too_long: (p) =>
    `The ${enField(p.field)} can have at most ${p.max} characters. Shorten it.`,
  ledger_bad_date: (p) =>
    `The service date ${show(p.value)} is not valid. Write it as year-month-day, such as 2026-12-01.`,
  ledger_bad_hours: (p) =>
    `The hours ${show(p.value)} are not valid: more than 0 and at most 24. Check the check-in and check-out times.`,
  ledger_hours_precision: (p) =>
    `The hours ${show(p.value)} may have at most two decimals, such as 2.5 or 1.75.`,
  ledger_bad_rating: (p) =>
    `The quality rating ${show(p.value)} is not valid. Use a whole number from 1 to 5.`,
  ledger_actor_missing: () => 'Say who records or approves this.',
  ledger_bad_time: (p) =>
    `The time ${show(p.value)} is not valid. Use ISO 8601, such as 2026-12-01T09:30:00+08:00.`,
  ledger_duplicate_id: (p) =>
    `The id "${p.id}" is already in the ledger. Use another or leave it out to number it automatically.`,
  ledger_unknown_entry: (p) => `The ledger has no service entry "${p.id}". Check the id.`,
  ledger_already_decided: (p) =>
    `Entry "${p.id}" was already ${p.decision} by ${p.by} and cannot be decided again. Submit a correction if it is wrong.`,
  ledger_self_approval: (p) =>
    `You cannot approve your own hours (entry "${p.id}"). Ask the coordinator or another administrator.`,
  ledger_reason_missing: () =>
    'Give the reason, such as "check-out time was wrong; served 2 hours".',
  ledger_superseded: (p) =>
    `Entry "${p.id}" has already been corrected. Correct the latest entry, "${p.latest}".`,
  ledger_volunteer_fixed: () =>
    'A correction cannot change the volunteer. Reject the entry and record a new one for the right volunteer.',
  stars_not_a_list: () =>
    'Star thresholds must be 1 to 10 rising numbers of hours, such as [100, 300, 600, 1000, 1500].',
  stars_bad_threshold: (p) =>
    `The threshold ${p.value} is not valid: use a number of hours above 0.`,
  stars_not_rising: (p) =>
    `The threshold ${p.value} for ${p.star} stars must be above the one before (${p.before}). Order them from low to high.`,
  org_duplicate_id: (p) => `The node id "${p.id}" is used twice. Every node needs its own id.`,
  org_bad_level: (p) =>
    `The level ${show(p.level)} is not valid. Use one of: ${(p.allowed as string[]).join(', ')}.`,
  org_parent_missing: (p) => `"${p.id}" is not a district, so it needs a parent node.`,
  org_unknown_parent: (p) =>
    `The parent "${p.parent}" of "${p.id}" is not in the tree. Add it first or check the id.`,
  org_level_order: (p) =>
    `"${p.id}" (a ${p.level}) cannot sit directly under a ${p.parentLevel}. The levels go district → street → community → station.`,
};

const catalogs: Readonly<Record<Locale, Catalog>> = { 'zh-CN': zhCN, en };

/** Every message code of the volunteer pack in a locale, for tests that both locales cover. */
export function volunteerMessageCodes(locale: Locale): readonly string[] {
  return Object.keys(catalogs[locale]);
}

/**
 * The message for a volunteer-pack issue code in `locale`. An unknown code gives the code
 * itself, so a missing translation shows up in tests rather than as an empty string.
 */
export function formatVolunteerMessage(
  code: string,
  params: VolunteerMessageParams,
  locale: Locale,
): string {
  const build = catalogs[locale][code] ?? catalogs['zh-CN'][code];
  return build ? build(params) : code;
}

/** Builds an {@link Issue} with its message in `locale`. */
export function volunteerIssue(
  code: string,
  path: string,
  params: VolunteerMessageParams,
  locale: Locale,
): Issue {
  return { code, path, message: formatVolunteerMessage(code, params, locale), params };
}
