import type { Coordinates } from './schema';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres between two points (haversine formula). */
export function haversineKm(latA: number, lngA: number, latB: number, lngB: number): number {
  const dLat = (latB - latA) * RADIANS;
  const dLng = (lngB - lngA) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latA * RADIANS) * Math.cos(latB * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * {@link haversineKm} to point `i` of the coordinate arrays `lats`/`lngs`, the same
 * arithmetic in the same order (so the same result to the last bit). Reading the arrays
 * here rather than in the caller passes no fractional numbers between functions, which V8
 * would box when it does not inline the call.
 */
export function haversineKmTo(
  latA: number,
  lngA: number,
  lats: Float64Array,
  lngs: Float64Array,
  i: number,
): number {
  const latB = lats[i] as number;
  const dLat = (latB - latA) * RADIANS;
  const dLng = ((lngs[i] as number) - lngA) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latA * RADIANS) * Math.cos(latB * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How a distance was found: from coordinates, or estimated from community and street. */
export type DistanceBasis = 'coordinates' | 'community' | 'street' | 'unknown';

/** The side length of a spatial index cell, in degrees (about 2.2 km of latitude). */
export const CELL_DEGREES = 0.02;

/** The spatial index cell of a point: integer row and column packed in one number. */
export function cellKey(lat: number, lng: number): number {
  return cellKeyOf(Math.floor(lat / CELL_DEGREES), Math.floor(lng / CELL_DEGREES));
}

/** Packs a cell's row and column (rows −4500…4500, columns −9000…9000) into one key. */
export function cellKeyOf(row: number, column: number): number {
  return (row + 5000) * 20_000 + (column + 10_000);
}

/**
 * The cells that can hold a point within `km` of `center`: a bounding box in degrees,
 * widened toward the poles, so the cells cover every point that passes the distance filter.
 */
export function cellsWithin(center: Coordinates, km: number): number[] {
  const dLat = km / 110.574 + 1e-9;
  const cos = Math.cos(Math.min(89, Math.abs(center.lat) + dLat) * RADIANS);
  const dLng = Math.min(180, km / (111.32 * cos) + 1e-9);
  const rowFrom = Math.floor((center.lat - dLat) / CELL_DEGREES);
  const rowTo = Math.floor((center.lat + dLat) / CELL_DEGREES);
  const columnFrom = Math.floor((center.lng - dLng) / CELL_DEGREES);
  const columnTo = Math.floor((center.lng + dLng) / CELL_DEGREES);
  const keys: number[] = [];
  for (let row = rowFrom; row <= rowTo; row += 1) {
    for (let column = columnFrom; column <= columnTo; column += 1)
      keys.push(cellKeyOf(row, column));
  }
  return keys;
}

/**
 * A bounding box of points in degrees, `[minLat, maxLat, minLng, maxLng]`; empty (minimum
 * above maximum) when no point has coordinates.
 */
export type Box = Float64Array;

/** The bounding box of the points `members` with known coordinates (`lat`/`lng` NaN when unknown). */
export function boxOf(lat: Float64Array, lng: Float64Array, members: ArrayLike<number>): Box {
  const box = Float64Array.of(
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  );
  for (let i = 0; i < members.length; i += 1) {
    const a = lat[members[i] as number] as number;
    const b = lng[members[i] as number] as number;
    if (Number.isNaN(a)) continue;
    if (a < (box[0] as number)) box[0] = a;
    if (a > (box[1] as number)) box[1] = a;
    if (b < (box[2] as number)) box[2] = b;
    if (b > (box[3] as number)) box[3] = b;
  }
  return box;
}

const halfSine2 = (degrees: number): number => Math.sin((degrees * RADIANS) / 2) ** 2;
const toKm = (h: number): number => 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));

/**
 * Bounds of the haversine distance from a point to every point of a non-empty `box`: at
 * least `kmToBox(…, false)`, at most `kmToBox(…, true)`. Each term of the haversine formula
 * is monotone in the latitude gap, the longitude gap (up to 180°) and the cosine of the
 * latitude, so the bounds take the smallest (largest) gap and cosine the box allows.
 */
export function kmToBox(lat: number, lng: number, box: Box, farthest: boolean): number {
  const minLat = box[0] as number;
  const maxLat = box[1] as number;
  const toMin = Math.abs((box[2] as number) - lng);
  const toMax = Math.abs((box[3] as number) - lng);
  const reach = Math.max(toMin, toMax);
  let dLat: number;
  let dLng: number;
  let cos: number;
  if (farthest) {
    dLat = Math.max(Math.abs(minLat - lat), Math.abs(maxLat - lat));
    dLng = Math.min(reach, 180);
    cos =
      minLat <= 0 && maxLat >= 0
        ? 1
        : Math.max(Math.cos(minLat * RADIANS), Math.cos(maxLat * RADIANS));
  } else {
    dLat = lat < minLat ? minLat - lat : lat > maxLat ? lat - maxLat : 0;
    const gap = lng < (box[2] as number) ? toMin : lng > (box[3] as number) ? toMax : 0;
    dLng = Math.min(gap, 360 - reach);
    cos = Math.min(Math.cos(minLat * RADIANS), Math.cos(maxLat * RADIANS));
  }
  return toKm(halfSine2(dLat) + Math.cos(lat * RADIANS) * cos * halfSine2(dLng));
}
