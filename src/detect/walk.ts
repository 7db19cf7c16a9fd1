import type { KeyCtx } from './_hit.js';
import type { Scan } from './_scan.js';
import { geoObject, geoPair } from './entities/geo.js';
import { H, isPersonParent, keyHints, normaliseKey } from './keys.js';
import { scanNumber } from './keyed.js';

/**
 * Iterative walk of any JSON value (no recursion, so 100k-deep nesting cannot overflow the
 * stack), keeping the key context: the nearest key name, its parent's, and OTLP attribute keys
 * (`{key: 'user.email', value: {stringValue: …}}` scans the string as `user.email`). Each frame
 * links to its parent, so pointers are built only for nodes where something is found.
 */

/** A lazily built pointer: a segment and the reference it sits under. */
export interface Ref {
  readonly up: Ref | undefined;
  readonly seg: string;
}

/** RFC 6901 pointer of a reference (`~` → `~0`, `/` → `~1`). */
export function pointerOf(ref: Ref | undefined): string {
  const segs: string[] = [];
  for (let r = ref; r !== undefined && r.seg !== ROOT; r = r.up) segs.push(r.seg.replace(/~/g, '~0').replace(/\//g, '~1'));
  return segs.length === 0 ? '' : `/${segs.reverse().join('/')}`;
}

/** What the walker reports. */
export interface Visitor {
  string(value: string, kc: KeyCtx, ref: Ref): void;
  number(value: number, kc: KeyCtx, ref: Ref): void;
  geo(raw: string, kc: KeyCtx, ref: Ref): void;
  skip?(ref: Ref): boolean;
}

/** One node to visit; it is also its own pointer reference and key context. */
interface Frame extends Ref, KeyCtx {
  readonly value: unknown;
  readonly norm: string;
  /** Normalised key of the enclosing object's key (for `user.name`-style context). */
  readonly parentNorm: string;
}

/** Marks the root frame (no pointer segment). */
const ROOT = '\u0000root';
/** OTLP AnyValue wrappers: their content keeps the attribute's key as context. */
const WRAPPERS = new Set(['stringValue', 'intValue', 'doubleValue', 'boolValue', 'bytesValue', 'arrayValue', 'kvlistValue', 'values']);
const GEO_COMPANIONS = new Set(['alt', 'altitude', 'accuracy', 'acc', 'heading', 'speed', 'bearing', 'elevation', 'timestamp', 'ts', 'time', 'type', 'source', 'provider', 'precision', 'radius']);
/** Per raw key: its normal form and its hints under an ordinary and under a person parent. */
interface KeyInfo {
  readonly norm: string;
  readonly plain: number;
  readonly personal: number;
}
const infos = new Map<string, KeyInfo>();

function info(key: string): KeyInfo {
  let i = infos.get(key);
  if (i === undefined) {
    const n = normaliseKey(key);
    i = { norm: n, plain: keyHints(n, ''), personal: keyHints(n, 'user') };
    if (infos.size < 50_000) infos.set(key, i);
  }
  return i;
}

function norm(key: string): string {
  return info(key).norm;
}

/** Walk `root`, visiting strings, numbers and coordinate objects/arrays; at most `maxNodes` nodes. */
export function walk(root: unknown, rootKc: KeyCtx, visitor: Visitor, maxNodes: number): void {
  const rootNorm = rootKc.key === undefined ? '' : norm(rootKc.key);
  const stack: Frame[] = [{ value: root, up: undefined, seg: ROOT, key: rootKc.key, norm: rootNorm, parentNorm: '', hints: rootKc.hints }];
  const seen = new Set<object>();
  let budget = maxNodes;
  while (stack.length > 0 && budget-- > 0) {
    const f = stack.pop() as Frame;
    const v = f.value;
    if (visitor.skip?.(f)) continue;
    if (typeof v === 'string') visitor.string(v, f, f);
    else if (typeof v === 'number') visitor.number(v, f, f);
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
      visitor.geo(raw, f, f);
      return;
    }
  }
  for (let i = arr.length - 1; i >= 0; i--) {
    stack.push({ value: arr[i], up: f, seg: String(i), key: f.key, norm: f.norm, parentNorm: f.parentNorm, hints: f.hints });
  }
}

function pushObject(obj: Record<string, unknown>, f: Frame, stack: Frame[], visitor: Visitor): void {
  const keys = Object.keys(obj);
  const n = keys.length;
  const hints = new Array<number>(n);
  const norms = new Array<string>(n);
  const personal = isPersonParent(f.norm);
  let geo = 0;
  for (let i = 0; i < n; i++) {
    const ki = info(keys[i] as string);
    const h = personal ? ki.personal : ki.plain;
    hints[i] = h;
    norms[i] = ki.norm;
    geo |= h & (H.LAT | H.LON);
  }
  let clear = 0;
  if (geo === (H.LAT | H.LON) && n <= 12) {
    // A coordinate object ({lat, lon}, {latitude, longitude, accuracy}) is one finding at the
    // object; coordinates among other properties are reported where they are.
    const raw = geoObject(obj, keys, (k) => hints[keys.indexOf(k)] as number);
    if (raw !== undefined && ((f.hints & H.GEO) !== 0 || keys.every((k, i) => ((hints[i] as number) & (H.LAT | H.LON)) !== 0 || GEO_COMPANIONS.has(norm(k))))) {
      visitor.geo(raw, f, f);
      clear = H.LAT | H.LON;
    }
  }
  const attrKey = n <= 4 && 'value' in obj ? (typeof obj.key === 'string' ? obj.key : typeof obj.name === 'string' && !('key' in obj) ? obj.name : undefined) : undefined;
  for (let i = n - 1; i >= 0; i--) {
    const k = keys[i] as string;
    const value = obj[k];
    if (WRAPPERS.has(k)) {
      stack.push({ value, up: f, seg: k, key: f.key, norm: f.norm, parentNorm: f.parentNorm, hints: f.hints & ~clear });
    } else if (attrKey !== undefined && k === 'value' && attrKey.length <= 128) {
      const an = norm(attrKey);
      stack.push({ value, up: f, seg: k, key: attrKey, norm: an, parentNorm: f.norm, hints: keyHints(an, f.norm) });
    } else {
      stack.push({ value, up: f, seg: k, key: k, norm: norms[i] as string, parentNorm: f.norm, hints: (hints[i] as number) & ~clear });
    }
  }
}

/** Walk a value found inside a string (stringified JSON): every hit belongs to the outer leaf. */
export function walkNested(root: object, kc: KeyCtx, scan: Scan, scanString: (text: string, kc: KeyCtx, scan: Scan) => void): void {
  const emit = (entity: Parameters<Scan['sink']>[0]['entity'], raw: string, confidence: number): void => {
    scan.sink({ entity, raw, confidence, layers: scan.layers });
  };
  walk(root, kc, {
    string: (s, k) => scanString(s, k, scan),
    number: (num, k) => scanNumber(num, k, emit),
    geo: (raw) => emit('GEO_COORDINATES', raw, 0.85),
  }, 5000);
}
