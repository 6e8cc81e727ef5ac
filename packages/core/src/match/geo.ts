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
