import type { Hit, KeyCtx } from './_hit.js';
import { LEAF_BUDGET, type Scan, type ScanState } from './_scan.js';
import { clearCustomCache, type CompiledPattern, compilePatterns, patternSetId, runCustom, scanCustom } from './custom.js';
import { H, keyInfo } from './keys.js';
import { KEYED_HINTS, keyedChecks, scanNumber } from './keyed.js';
import { correlateHashes, type Group, toDetections } from './output.js';
import { CARD_DIGITS, CLEAN_DIGEST, quickHash, quickVerdict, UNKNOWN } from './_quick.js';
import { cardValid } from './entities/finance.js';
import { emitterOf, scanString } from './scan-string.js';
import type { Detection, DetectOptions } from './types.js';
import { pointerOf, ROOT, walk, type Ref } from './walk.js';

/** Hits filed so far (module-wide counter, to tell whether a scan found anything). */
let scanCount = 0;
/** Phone numbers among them (to tell whether a leaf's key read its digits as a phone). */
let phoneCount = 0;

/** Most nodes of one value walked (a bound on hostile input; 5 MB of JSON has fewer). */
const MAX_NODES = 2_000_000;
/** Most distinct emails hashed for unsalted-hash correlation per scanned value. */
const MAX_EMAILS = 64;

function run(value: unknown, rootKc: KeyCtx, options: DetectOptions | undefined): Detection[] {
  const groups: Group[] = [];
  const byLeaf = new Map<Ref, Group>();
  const state: ScanState = { emails: new Set(), hexes: [], ref: () => undefined, budget: LEAF_BUDGET };
  const patterns: readonly CompiledPattern[] = options?.patterns?.length ? compilePatterns(options.patterns) : [];
  const setId = patterns.length > 0 ? patternSetId(patterns) : 0;
  const groupOf = (ref: Ref, key: string | undefined): Group => {
    let g = byLeaf.get(ref);
    if (g === undefined) {
      g = { ref, key, hits: [] };
      byLeaf.set(ref, g);
      groups.push(g);
    }
    return g;
  };
  // One scan context for every leaf: the sink files hits under the current leaf, whose
  // pointer reference is built on its first hit.
  let leafUp: Ref | undefined;
  let leafSeg = ROOT;
  let leafRef: Ref | undefined;
  let leafKey: string | undefined;
  const refOf = (): Ref => (leafRef ??= { up: leafUp, seg: leafSeg, key: leafKey } as Ref);
  state.ref = refOf;
  const sink = (hit: Hit): void => {
    scanCount++;
    if (hit.entity === 'PHONE') phoneCount++;
    groupOf(refOf(), leafKey).hits.push(hit);
    if (hit.entity === 'EMAIL' && state.emails.size < MAX_EMAILS) state.emails.add(hit.raw);
  };
  const scan = { layers: [], depth: 0, sink, state };
  // One emitter and key context for every number leaf (scanNumber is synchronous and keeps neither).
  let numUp: Ref | undefined;
  let numSeg = ROOT;
  const numKc: { key: string | undefined; hints: number } = { key: undefined, hints: 0 };
  const numEmit = (entity: Hit['entity'], raw: string, confidence: number): void => {
    groupOf({ up: numUp, seg: numSeg }, numKc.key).hits.push({ entity, raw, confidence, layers: [] });
  };
  const skip = options?.skip;
  walk(value, rootKc, {
    string(s, key, hints, up, seg) {
      leafUp = up;
      leafSeg = seg;
      leafRef = undefined;
      leafKey = key;
      state.budget = LEAF_BUDGET;
      const hash = scanLeaf(s, key, hints, scan, state);
      if (patterns.length > 0) customLeaf(s, patterns, setId, hash, sink);
    },
    number(n, key, hints, up, seg) {
      if (hints === 0 && (n < 1e11 || !Number.isSafeInteger(n))) return;
      numUp = up;
      numSeg = seg;
      numKc.key = key;
      numKc.hints = hints;
      scanNumber(n, numKc, numEmit);
    },
    geo(raw, key, ref) {
      groupOf(ref, key).hits.push({ entity: 'GEO_COORDINATES', raw, confidence: 0.9, layers: [] });
    },
    ...(skip !== undefined && skip.size > 0 ? { skip: (up: Ref | undefined, seg: string) => skip.has(pointerOf({ up, seg })) } : {}),
  }, MAX_NODES);
  correlateHashes(state, groupOf);
  return toDetections(groups, options);
}

/**
 * Short values already scanned and found clean (under given hints): telemetry repeats itself.
 * A direct-mapped table indexed by the quick pass's hash; a slot holds the string itself, so a
 * hash collision never skips a scan (the string is compared before it counts as seen).
 */
const CLEAN_SLOTS = 1 << 16;
/**
 * Per slot: the hash, the hints, and the id of a custom pattern set that also found the string
 * clean (0: none), side by side (one memory read for all).
 */
const cleanKey = new Int32Array(CLEAN_SLOTS * 4);
const cleanText: Array<string | undefined> = new Array<string | undefined>(CLEAN_SLOTS).fill(undefined);

/** Key context of the leaf being scanned, reused (scanning is synchronous and never keeps it). */
const LEAF_KC: { key: string | undefined; hints: number } = { key: undefined, hints: 0 };

/** Forget the values seen clean (benchmarks call this between rounds, so each round starts cold). */
export function clearDetectCache(): void {
  cleanKey.fill(0);
  cleanText.fill(undefined);
  clearCustomCache();
}

/** Slot of the clean-value table holding the leaf string scanLeaf last saw, or -1. */
let leafSlot = -1;

/**
 * The policy's own patterns on one leaf. A leaf in the clean-value table keeps the custom verdict
 * there (its string was just compared); others use the custom patterns' own table.
 */
function customLeaf(s: string, patterns: readonly CompiledPattern[], setId: number, hash: number, sink: (hit: Hit) => void): void {
  const slot = leafSlot;
  if (slot < 0 || setId === 0) scanCustom(s, patterns, setId, hash, sink);
  else if (cleanKey[4 * slot + 2] !== setId && runCustom(s, patterns, sink)) cleanKey[4 * slot + 2] = setId;
}

/** True when trimming cannot change `s` (printable ASCII at both ends). */
function isTrimmed(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

/** Scan one leaf string; returns its FNV-1a hash when the quick pass computed it, else 0. */
function scanLeaf(s: string, key: string | undefined, hints: number, scan: Scan, state: ScanState): number {
  const kc = LEAF_KC;
  kc.key = key;
  kc.hints = hints;
  leafSlot = -1;
  if (s.length < 6 && hints === 0) return 0; // short values (`GET`, `ios`, `en-US`) matter only by key
  const verdict = quickVerdict(s);
  const h = quickHash();
  if (verdict !== UNKNOWN) {
    // Settled in one pass (ids, words, numbers, hex, UUIDs, timestamps): only key-aware checks remain.
    const phones = phoneCount;
    if ((hints & KEYED_HINTS) !== 0) keyedChecks(s, kc, emitterOf(scan));
    if (verdict === CARD_DIGITS) {
      // Digits its key reads as a phone number (`From: 639387489698`) are not also a card that happens to pass Luhn.
      if (phoneCount === phones && cardValid(s)) scan.sink({ entity: 'CREDIT_CARD', raw: s, confidence: (hints & H.CARD) !== 0 ? 0.97 : 0.9, layers: scan.layers });
    } else if (verdict === CLEAN_DIGEST) state.hexes.push({ text: s, leaf: state.ref(), layers: scan.layers });
    return h;
  }
  if (h === 0) {
    scanString(s, kc, scan); // over 128 characters: not cached
    return 0;
  }
  const hash = h ^ Math.imul(hints, 0x9e3779b1);
  const slot = hash & (CLEAN_SLOTS - 1);
  if (cleanKey[4 * slot] === hash && cleanKey[4 * slot + 1] === hints && cleanText[slot] === s) {
    leafSlot = slot;
    return h;
  }
  const hits = scanCount;
  const hexes = state.hexes.length;
  scanString(s, kc, scan, isTrimmed(s));
  if (hits === scanCount && hexes === state.hexes.length) {
    cleanKey[4 * slot] = hash;
    cleanKey[4 * slot + 1] = hints;
    cleanKey[4 * slot + 2] = 0;
    cleanText[slot] = s;
    leafSlot = slot;
  }
  return h;
}

/** Detect personal data and secrets anywhere in a JSON value; pointers are RFC 6901 into `value`. Never throws. */
export function detect(value: unknown, options?: DetectOptions): Detection[] {
  try {
    return run(value, { key: undefined, hints: 0 }, options);
  } catch {
    return [];
  }
}

/** Detect in one string scanned under a context key (`body`, `message`…); pointers are `''`. Never throws. */
export function detectString(text: string, key?: string, options?: DetectOptions): Detection[] {
  try {
    const kc: KeyCtx = { key, hints: key === undefined ? 0 : keyInfo(key).plain };
    return run(text, kc, options);
  } catch {
    return [];
  }
}
