/** Mean Earth radius (km), the one the haversine distance of GeoNames-based scorers uses. */
const EARTH_RADIUS_KM = 6371;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
