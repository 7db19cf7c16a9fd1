import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';

/**
 * Geographic coordinates with four or more decimals (about 11 m): personal (DESIGN rule 4).
 * Coarse buckets (`52.5`) and country names are not. Found as a `lat, lon` pair in text, a WKT
 * `POINT(lon lat)`, a number under a latitude/longitude key, a `{lat, lon}` object or a
 * `[lon, lat]` array under a location key.
 */

/** Decimal places of a number as written by JSON (0 for exponent notation). */
export function decimals(text: string): number {
  const dot = text.indexOf('.');
  if (dot < 0 || /e/i.test(text)) return 0;
  return text.length - dot - 1;
}

/** True when a latitude is precise enough to locate a person. */
export function preciseLat(value: number | string): boolean {
  const s = typeof value === 'number' ? String(value) : value.trim();
  const n = Number(s);
  return s !== '' && Number.isFinite(n) && Math.abs(n) <= 90 && decimals(s) >= 4;
}

/** True when a longitude is precise enough to locate a person. */
export function preciseLon(value: number | string): boolean {
  const s = typeof value === 'number' ? String(value) : value.trim();
  const n = Number(s);
  return s !== '' && Number.isFinite(n) && Math.abs(n) <= 180 && decimals(s) >= 4;
}

/** A pair of decimal numbers; a full stop may end the sentence after it, but `…181512.4` continues a number. */
const PAIR = /(?<![\w.])(-?\d{1,3}\.\d{4,15})\s{0,2}[,;]\s{0,2}(-?\d{1,3}\.\d{4,15})(?!\w|\.\d)/g;
const POINT = /POINT\s{0,2}\(\s{0,2}(-?\d{1,3}\.\d{4,15})\s{1,3}(-?\d{1,3}\.\d{4,15})\s{0,2}\)/gi;
/** Redis geo commands, longitude then latitude: `GEOADD couriers -99.13321 19.43261 courier:5512`, `GEOSEARCH … FROMLONLAT lon lat`. */
const REDIS_GEO = /\b(?:GEOADD\s{1,3}\S{1,200}(?:\s{1,3}(?:NX|XX|CH)){0,2}|GEORADIUS(?:_RO)?\s{1,3}\S{1,200}|FROMLONLAT)\s{1,3}(-?\d{1,3}\.\d{4,15})\s{1,3}(-?\d{1,3}\.\d{4,15})(?![\w.])/gi;
/** A latitude by its label: `lat: 51.5073`, `lat="51.5073"` (GPX), `<LatitudeDegrees>51.5073<` (TCX), `<lat>51.5073<`. */
const LABELLED = /(?:\b(?:lat|latitude)["']?\s{0,2}[:=]\s{0,2}["']?|<(?:LatitudeDegrees|lat|latitude)>\s{0,2})(-?\d{1,2}\.\d{4,15})/gi;

/** Find coordinates in text. */
export function findCoordinates(text: string, emit: Emit): void {
  for (const re of [PAIR, POINT, REDIS_GEO]) {
    re.lastIndex = 0;
    for (let n = 0; n < 8; n++) {
      const m = re.exec(text);
      if (!m) break;
      const a = m[1] as string;
      const b = m[2] as string;
      if (Math.abs(Number(a)) < 1 && Math.abs(Number(b)) < 1) continue; // ratios, not a place
      if ((preciseLat(a) && preciseLon(b)) || (preciseLon(a) && preciseLat(b))) emit('GEO_COORDINATES', m[0], 0.85);
    }
  }
  LABELLED.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = LABELLED.exec(text);
    if (!m) return;
    if (preciseLat(m[1] as string)) emit('GEO_COORDINATES', m[0], 0.8);
  }
}

/** A string or number under a latitude, longitude or location key. */
const NUMBER = /^-?\d{1,6}(?:\.\d{1,8})?$/;

export function geoByKey(value: string | number, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.LAT) !== 0 && preciseLat(value)) emit('GEO_COORDINATES', String(value), 0.85);
  else if ((kc.hints & H.LON) !== 0 && preciseLon(value)) emit('GEO_COORDINATES', String(value), 0.85);
  else if ((kc.hints & H.GEO) !== 0 && typeof value === 'string') {
    const parts = value.trim().split(/\s*[,; ]\s*/);
    // `lat lon` or `lat,lon`; ODK's geopoint adds altitude and accuracy (`-1.273523 36.825297 1651.0 4.8`).
    const extra = parts.slice(2);
    if (parts.length >= 2 && parts.length <= 4 && extra.every((p) => NUMBER.test(p)) && preciseLat(parts[0] as string) && preciseLon(parts[1] as string)) emit('GEO_COORDINATES', value, 0.85);
  }
}

/** A `[a, b]` numeric pair under a location key (GeoJSON order is lon, lat). */
export function geoPair(values: readonly unknown[]): string | undefined {
  if (values.length < 2 || values.length > 3) return undefined;
  const [a, b] = values;
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  const ok = (preciseLon(a) && preciseLat(b)) || (preciseLat(a) && preciseLon(b));
  return ok ? `${a},${b}` : undefined;
}

/**
 * A `{lat, lon}` object (keys by hint): the pair as text when both are precise, else undefined. JSON numbers drop
 * trailing zeros (`{lat: 24.861, lon: 67.009941}` was `24.8610`), so two numbers count when one has four decimals
 * and the other two, in range and not both below 1 (ratios), as coordinates among other properties do.
 */
export function geoObject(obj: Readonly<Record<string, unknown>>, keys: readonly string[], hintsOf: (key: string) => number): string | undefined {
  let lat: unknown;
  let lon: unknown;
  for (const k of keys) {
    const h = hintsOf(k);
    if ((h & H.LAT) !== 0) lat = obj[k];
    else if ((h & H.LON) !== 0) lon = obj[k];
  }
  const ok = (v: unknown): v is number | string => typeof v === 'number' || typeof v === 'string';
  if (!ok(lat) || !ok(lon)) return undefined;
  if (typeof lat === 'number' && typeof lon === 'number') return trimmedPair(lat, lon) ? `${lat},${lon}` : undefined;
  if (!preciseLat(lat) || !preciseLon(lon)) return undefined;
  return `${String(lat)},${String(lon)}`;
}

/** Two JSON numbers as a latitude and a longitude: in range, one with four decimals, the other with two, not both below 1. */
export function trimmedPair(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
  if (Math.abs(lat) < 1 && Math.abs(lon) < 1) return false;
  return (preciseLat(lat) || preciseLon(lon)) && decimals(String(lat)) >= 2 && decimals(String(lon)) >= 2;
}
