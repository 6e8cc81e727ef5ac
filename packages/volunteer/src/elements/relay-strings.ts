import type { Locale } from '@yizhan/core/i18n';
import type { RelayItem } from '../relay/parse-relay';
import type { RelayAddress } from '../relay/relay-address';

/** The interface strings of `<yz-relay>` (parser messages come from the pack's catalogue). */
export interface RelayStrings {
  readonly pasteHeading: string;
  readonly pasteLabel: string;
  readonly pasteHelp: string;
  readonly preview: string;
  readonly lineLabel: (line: number) => string;
  readonly lineOk: string;
  readonly lineNeedsCorrection: string;
  readonly correctLine: (line: number) => string;
  readonly add: (lines: number, failing: number) => string;
  readonly clear: string;
  readonly previewSummary: (lines: number, failing: number) => string;
  readonly totalsSaid: (totals: string) => string;
  readonly added: (totals: string) => string;
  readonly saved: (totals: string) => string;
  readonly noTotals: string;
  readonly entriesHeading: (count: number) => string;
  readonly empty: string;
  readonly needsCorrectionHeading: (count: number) => string;
  readonly withdrawnHeading: (count: number) => string;
  readonly correct: string;
  readonly correctLabel: (row: string) => string;
  readonly saveCorrection: string;
  readonly cancel: string;
  readonly withdraw: string;
  readonly confirmWithdraw: (row: string) => string;
  readonly confirm: string;
  readonly withdrawn: string;
  readonly fromForm: string;
  readonly earlier: (count: number) => string;
  readonly totalsHeading: string;
  readonly item: string;
  readonly quantity: string;
  readonly households: string;
  readonly deliveriesHeading: string;
  readonly building: (building: string) => string;
  readonly load: string;
  readonly address: (address: Partial<RelayAddress>) => string;
  /** Text in brackets after an address: the orderer, or a note. */
  readonly bracketed: (text: string) => string;
  readonly listSeparator: string;
  /** `3斤`, `3 斤`; a bare number when there is no unit. */
  readonly amount: (quantity: number, unit: string | null | undefined) => string;
}

const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

const strings: Readonly<Record<Locale, RelayStrings>> = {
  'zh-CN': {
    pasteHeading: '粘贴接龙',
    pasteLabel: '把群里的接龙粘贴到这里',
    pasteHelp: '每行一户，例如：5栋1单元2103莴笋3斤，小白菜2斤。加入前请核对识别结果。',
    preview: '识别结果',
    lineLabel: (line) => `第 ${line} 行`,
    lineOk: '已识别',
    lineNeedsCorrection: '需要更正',
    correctLine: (line) => `更正第 ${line} 行`,
    add: (lines, failing) =>
      failing > 0 ? `加入接龙（${lines} 行，其中 ${failing} 行待更正）` : `加入接龙（${lines} 行）`,
    clear: '清空',
    previewSummary: (lines, failing) =>
      failing > 0 ? `识别了 ${lines} 行，其中 ${failing} 行需要更正。` : `识别了 ${lines} 行。`,
    totalsSaid: (totals) => `合计：${totals}。`,
    added: (totals) => `已加入接龙。现在合计：${totals}。`,
    saved: (totals) => `已保存。现在合计：${totals}。`,
    noTotals: '暂无',
    entriesHeading: (count) => `接龙名单（${count} 户）`,
    empty: '还没有人接龙。',
    needsCorrectionHeading: (count) => `待更正（${count} 行）`,
    withdrawnHeading: (count) => `已撤回（${count} 行）`,
    correct: '更正',
    correctLabel: (row) => `更正：${row}`,
    saveCorrection: '保存更正',
    cancel: '取消',
    withdraw: '撤回',
    confirmWithdraw: (row) => `确定撤回“${row}”吗？撤回后不计入合计，记录仍会保留。`,
    confirm: '确定撤回',
    withdrawn: '已撤回',
    fromForm: '表单填写',
    earlier: (count) => `已更正 ${count} 次`,
    totalsHeading: '合计',
    item: '品种',
    quantity: '数量',
    households: '户数',
    deliveriesHeading: '按楼栋配送',
    building: (building) => `${building}栋`,
    load: '本栋共需',
    address: ({ building, unit, room }) =>
      `${building === undefined ? '' : `${building}栋`}${unit === undefined ? '' : `${unit}单元`}${room ?? ''}`,
    bracketed: (text) => `（${text}）`,
    listSeparator: '、',
    amount: (quantity, unit) => `${zhNumber.format(quantity)}${unit ?? ''}`,
  },
  en: {
    pasteHeading: 'Paste the relay',
    pasteLabel: 'Paste the relay lines from the group chat here',
    pasteHelp:
      'One household per line, for example: 5栋1单元2103莴笋3斤，小白菜2斤. Check what was read before adding.',
    preview: 'What was read',
    lineLabel: (line) => `Line ${line}`,
    lineOk: 'Read',
    lineNeedsCorrection: 'Needs correction',
    correctLine: (line) => `Correct line ${line}`,
    add: (lines, failing) =>
      failing > 0
        ? `Add to the relay (${lines} ${lines === 1 ? 'line' : 'lines'}, ${failing} to correct)`
        : `Add to the relay (${lines} ${lines === 1 ? 'line' : 'lines'})`,
    clear: 'Clear',
    previewSummary: (lines, failing) =>
      `${lines} ${lines === 1 ? 'line' : 'lines'} read${failing > 0 ? `, ${failing} ${failing === 1 ? 'needs' : 'need'} correction` : ''}.`,
    totalsSaid: (totals) => `Totals: ${totals}.`,
    added: (totals) => `Added to the relay. Totals now: ${totals}.`,
    saved: (totals) => `Saved. Totals now: ${totals}.`,
    noTotals: 'none',
    entriesHeading: (count) => `Orders (${count} ${count === 1 ? 'household' : 'households'})`,
    empty: 'Nobody has joined the relay yet.',
    needsCorrectionHeading: (count) => `To correct (${count} ${count === 1 ? 'line' : 'lines'})`,
    withdrawnHeading: (count) => `Withdrawn (${count} ${count === 1 ? 'line' : 'lines'})`,
    correct: 'Correct',
    correctLabel: (row) => `Correct: ${row}`,
    saveCorrection: 'Save correction',
    cancel: 'Cancel',
    withdraw: 'Withdraw',
    confirmWithdraw: (row) =>
      `Withdraw "${row}"? It no longer counts in the totals; the record is kept.`,
    confirm: 'Withdraw it',
    withdrawn: 'Withdrawn',
    fromForm: 'entered in the form',
    earlier: (count) => `corrected ${count} ${count === 1 ? 'time' : 'times'}`,
    totalsHeading: 'Totals',
    item: 'Item',
    quantity: 'Quantity',
    households: 'Households',
    deliveriesHeading: 'Delivery by building',
    building: (building) => `Building ${building}`,
    load: 'To carry in',
    address: ({ building, unit, room }) =>
      [
        building === undefined ? '' : `Building ${building}`,
        unit === undefined ? '' : `Unit ${unit}`,
        room === undefined ? '' : `Room ${room}`,
      ]
        .filter((part) => part !== '')
        .join(', '),
    bracketed: (text) => ` (${text})`,
    listSeparator: ', ',
    amount: (quantity, unit) =>
      unit === null || unit === undefined
        ? enNumber.format(quantity)
        : `${enNumber.format(quantity)} ${unit}`,
  },
};

/** The interface strings of `<yz-relay>` for a locale. */
export function relayStrings(locale: Locale): RelayStrings {
  return strings[locale];
}

/** `莴笋 3斤、小白菜 2斤`: items (or totals) as one line of text. */
export function itemsText(
  items: readonly Partial<Pick<RelayItem, 'name' | 'quantity' | 'unit'>>[],
  text: RelayStrings,
): string {
  return items
    .map((item) =>
      [item.name ?? '?', item.quantity === undefined ? '' : text.amount(item.quantity, item.unit)]
        .filter((part) => part !== '')
        .join(' '),
    )
    .join(text.listSeparator);
}
