import type { KeyCtx } from './_hit.js';
import type { Scan } from './_scan.js';
import { geoObject, geoPair } from './entities/geo.js';
import { H, keyHints, normaliseKey } from './keys.js';
import { scanNumber } from './keyed.js';

/**
 * Iterative walk of any JSON value (no recursion, so 100k-deep nesting cannot overflow the
 * stack), keeping the key context: the nearest key name, its parent's, and OTLP attribute keys
 * (`{key: 'user.email', value: {stringValue: …}}` scans the string as `user.email`). Pointers are
 * built lazily from parent links, only for nodes where something is found.
 */

/** A lazily built pointer: a segment and its parent. */
export interface Ref {
  readonly parent: Ref | undefined;
  readonly seg: string;
}

/** RFC 6901 pointer of a reference (`~` → `~0`, `/` → `~1`). */
export function pointerOf(ref: Ref | undefined): string {
  const segs: string[] = [];
  for (let r = ref; r !== undefined; r = r.parent) segs.push(r.seg.replace(/~/g, '~0').replace(/\//g, '~1'));
  return segs.length === 0 ? '' : `/${segs.reverse().join('/')}`;
}

/** What the walker reports. `object` returns true when it consumed the object's coordinates. */
export interface Visitor {
  string(value: string, kc: KeyCtx, ref: Ref | undefined): void;
  number(value: number, kc: KeyCtx, ref: Ref | undefined): void;
  geo(raw: string, kc: KeyCtx, ref: Ref | undefined): void;
  skip?(ref: Ref | undefined): boolean;
}

interface Frame {
  readonly value: unknown;
  readonly ref: Ref | undefined;
  readonly key: string | undefined;
  readonly norm: string;
  readonly parent: string;
  readonly hints: number;
}

/** OTLP AnyValue wrappers: their content keeps the attribute's key as context. */
const WRAPPERS = new Set(['stringValue', 'intValue', 'doubleValue', 'boolValue', 'bytesValue', 'arrayValue', 'kvlistValue', 'values']);
const norms = new Map<string, string>();
const GEO_COMPANIONS = new Set(['alt', 'altitude', 'accuracy', 'acc', 'heading', 'speed', 'bearing', 'elevation', 'timestamp', 'ts', 'time', 'type', 'source', 'provider', 'precision', 'radius']);

function norm(key: string): string {
  let n = norms.get(key);
  if (n === undefined) {
    n = normaliseKey(key);
    if (norms.size < 50_000) norms.set(key, n);
  }
  return n;
}

/** Walk `root`, visiting strings, numbers and coordinate objects/arrays; at most `maxNodes` nodes. */
export function walk(root: unknown, rootKc: KeyCtx, visitor: Visitor, maxNodes: number, rootRef?: Ref): void {
  const rootNorm = rootKc.key === undefined ? '' : norm(rootKc.key);
  const stack: Frame[] = [{ value: root, ref: rootRef, key: rootKc.key, norm: rootNorm, parent: '', hints: rootKc.hints }];
  const seen = new Set<object>();
  let budget = maxNodes;
  while (stack.length > 0 && budget-- > 0) {
    const f = stack.pop() as Frame;
    const v = f.value;
    if (visitor.skip?.(f.ref)) continue;
    if (typeof v === 'string') visitor.string(v, f, f.ref);
    else if (typeof v === 'number') visitor.number(v, f, f.ref);
    else if (v !== null && typeof v === 'object' && !seen.has(v) && !ArrayBuffer.isView(v)) {
      seen.add(v);
      try {
        if (Array.isArray(v)) pushArray(v, f, stack, visitor);
        else pushObject(v as Record<string, unknown>, f, stack, visitor);
      } catch {
        // A hostile object (throwing getter, revoked proxy): skip it, keep walking.
      }
    }
  }
}

function pushArray(arr: readonly unknown[], f: Frame, stack: Frame[], visitor: Visitor): void {
  if ((f.hints & H.GEO) !== 0) {
    const raw = geoPair(arr);
    if (raw !== undefined) {
      visitor.geo(raw, f, f.ref);
      return;
    }
  }
  for (let i = arr.length - 1; i >= 0; i--) {
    stack.push({ value: arr[i], ref: { parent: f.ref, seg: String(i) }, key: f.key, norm: f.norm, parent: f.parent, hints: f.hints });
  }
}

function pushObject(obj: Record<string, unknown>, f: Frame, stack: Frame[], visitor: Visitor): void {
  const keys = Object.keys(obj);
  const hintsOf = (k: string): number => keyHints(norm(k), f.norm);
  let clear = 0;
  if (keys.length <= 12) {
    const raw = geoObject(obj, keys, hintsOf);
    // A coordinate object ({lat, lon}, {latitude, longitude, accuracy}) is one finding at the
    // object; coordinates among other properties are reported where they are.
    if (raw !== undefined && ((f.hints & H.GEO) !== 0 || keys.every((k) => (hintsOf(k) & (H.LAT | H.LON)) !== 0 || GEO_COMPANIONS.has(norm(k))))) {
      visitor.geo(raw, f, f.ref);
      clear = H.LAT | H.LON;
    }
  }
  const attrKey = typeof obj.key === 'string' ? obj.key : typeof obj.name === 'string' && !('key' in obj) ? obj.name : undefined;
  const attrLike = attrKey !== undefined && 'value' in obj && keys.length <= 4 && attrKey.length <= 128;
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i] as string;
    const ref: Ref = { parent: f.ref, seg: k };
    const value = obj[k];
    if (WRAPPERS.has(k)) {
      stack.push({ value, ref, key: f.key, norm: f.norm, parent: f.parent, hints: f.hints & ~clear });
    } else if (attrLike && k === 'value') {
      const n = norm(attrKey);
      stack.push({ value, ref, key: attrKey, norm: n, parent: f.norm, hints: keyHints(n, f.norm) });
    } else {
      const n = norm(k);
      stack.push({ value, ref, key: k, norm: n, parent: f.norm, hints: keyHints(n, f.norm) & ~clear });
    }
  }
}

/** Walk a value found inside a string (stringified JSON): every hit belongs to the outer leaf. */
export function walkNested(root: object, kc: KeyCtx, scan: Scan, scanString: (text: string, kc: KeyCtx, scan: Scan) => void): void {
  const emit = (entity: 'GEO_COORDINATES' | Parameters<Scan['sink']>[0]['entity'], raw: string, confidence: number): void => {
    scan.sink({ entity, raw, confidence, layers: scan.layers });
  };
  walk(root, kc, {
    string: (s, k) => scanString(s, k, scan),
    number: (n, k) => scanNumber(n, k, emit),
    geo: (raw) => emit('GEO_COORDINATES', raw, 0.85),
  }, 5000);
}
