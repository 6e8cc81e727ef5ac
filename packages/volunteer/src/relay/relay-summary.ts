import type { RelayEntry, RelayItem } from './parse-relay';
import { WEIGHT_IN_JIN } from './relay-units';

/** The total ordered of one item, in one unit (weights are summed in 斤). */
export interface RelayTotal {
  readonly name: string;
  /** 斤 for every weight; the counted unit otherwise; null for bare numbers. */
  readonly unit: string | null;
  readonly quantity: number;
  /** How many entries (households) ordered it. */
  readonly orders: number;
}

/** One stop of a delivery: a room and what to bring there. */
export interface RelayStop {
  readonly unit?: string;
  readonly room: string;
  readonly orderer?: string;
  readonly note?: string;
  readonly items: readonly RelayItem[];
}

/** The stops in one building, for the volunteer who delivers there. */
export interface RelayBuildingRun {
  readonly building: string;
  readonly stops: readonly RelayStop[];
  /** What to carry into this building, totalled. */
  readonly load: readonly RelayTotal[];
}

const naturalOrder = (a: string | undefined, b: string | undefined): number =>
  (a ?? '').localeCompare(b ?? '', 'en', { numeric: true });

/** Adds items up by name and unit, weights in 斤, in hundredths to avoid 0.1 + 0.2 drift. */
function totalsOf(entries: readonly { items: readonly RelayItem[] }[]): RelayTotal[] {
  const sums = new Map<
    string,
    { name: string; unit: string | null; hundredths: number; orders: Set<number> }
  >();
  entries.forEach((entry, index) => {
    for (const item of entry.items) {
      const factor = item.unit === null ? undefined : WEIGHT_IN_JIN[item.unit];
      const unit = factor === undefined ? item.unit : '斤';
      const key = `${item.name}\u0000${unit ?? ''}`;
      const sum = sums.get(key) ?? { name: item.name, unit, hundredths: 0, orders: new Set() };
      sum.hundredths += Math.round(item.quantity * (factor ?? 1) * 100);
      sum.orders.add(index);
      sums.set(key, sum);
    }
  });
  return [...sums.values()]
    .map((sum) => ({
      name: sum.name,
      unit: sum.unit,
      quantity: sum.hundredths / 100,
      orders: sum.orders.size,
    }))
    .sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * Per-item totals of a relay: what the volunteers must pick. Weights (斤, 两, 公斤, 克) are
 * converted to 斤 and summed; other units are summed as they are; an item with no unit is
 * a total of its own (unit null), so nothing is silently added to the wrong pile. Largest
 * first.
 */
export function relayTotals(entries: readonly RelayEntry[]): RelayTotal[] {
  return totalsOf(entries);
}

/**
 * The delivery list: entries grouped by building (natural order: 2 before 10), stops in
 * unit and room order, with what to carry into each building.
 */
export function deliveryList(entries: readonly RelayEntry[]): RelayBuildingRun[] {
  const buildings = new Map<string, RelayEntry[]>();
  for (const entry of entries)
    buildings.set(entry.building, [...(buildings.get(entry.building) ?? []), entry]);
  return [...buildings.entries()]
    .sort(([a], [b]) => naturalOrder(a, b))
    .map(([building, list]) => ({
      building,
      stops: [...list]
        .sort((a, b) => naturalOrder(a.unit, b.unit) || naturalOrder(a.room, b.room))
        .map((entry) => ({
          ...(entry.unit === undefined ? {} : { unit: entry.unit }),
          room: entry.room,
          ...(entry.orderer === undefined ? {} : { orderer: entry.orderer }),
          ...(entry.note === undefined ? {} : { note: entry.note }),
          items: entry.items,
        })),
      load: totalsOf(list),
    }));
}

/** Rooms that ordered more than once: worth a look before delivery (a repeat, or a change). */
export function repeatedRooms(
  entries: readonly RelayEntry[],
): { address: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const address = `${entry.building}栋${entry.unit === undefined ? '' : `${entry.unit}单元`}${entry.room}`;
    counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, count]) => count > 1)
    .map(([address, count]) => ({ address, count }));
}

/**
 * An entry from the answers of the `love-relay-entry` form (a resident adding an order
 * in the widget instead of the chat), after the form validated them.
 */
export function relayEntryFromForm(data: {
  readonly home: { readonly building?: string; readonly unit?: string; readonly room?: string };
  readonly items: readonly {
    readonly name: string;
    readonly quantity: number;
    readonly unit: string;
  }[];
  readonly note?: string;
}): RelayEntry {
  return {
    building: data.home.building ?? '',
    ...(data.home.unit === undefined || data.home.unit === '' ? {} : { unit: data.home.unit }),
    room: data.home.room ?? '',
    items: data.items.map((item) => ({
      name: item.name,
      quantity: item.quantity,
      unit: item.unit,
    })),
    ...(data.note === undefined ? {} : { note: data.note }),
  };
}
