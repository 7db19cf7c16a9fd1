import type { Entity } from '../findings/entities.js';
import { SECRET_ENTITIES } from '../findings/entities.js';
import { maskEvidence } from '../findings/mask.js';
import { type Hit, type KeyCtx, NO_KEY } from './_hit.js';
import { type HexSeen, LEAF_BUDGET, type Scan, type ScanState } from './_scan.js';
import { customHits, type CompiledPattern, compilePatterns } from './custom.js';
import { emailDigests, hexCandidates } from './entities/hash.js';
import { keyHints, normaliseKey } from './keys.js';
import { scanNumber } from './keyed.js';
import { scanString } from './scan-string.js';
import type { Detection, DetectionKind, DetectOptions } from './types.js';
import { pointerOf, ROOT, walk, type Ref } from './walk.js';

/** Hits filed so far (module-wide counter, to tell whether a scan found anything). */
let scanCount = 0;

/** Most nodes of one value walked (a bound on hostile input; 5 MB of JSON has fewer). */
const MAX_NODES = 2_000_000;
/** Most distinct emails hashed for unsalted-hash correlation per scanned value. */
const MAX_EMAILS = 64;

interface Group {
  readonly ref: Ref;
  readonly key: string | undefined;
  readonly hits: Hit[];
}

function kindOf(entity: Entity): DetectionKind {
  if (entity === 'UNSALTED_HASH_OF_EMAIL') return 'unsalted-hash';
  return SECRET_ENTITIES.has(entity) ? 'secret' : 'pii';
}

function run(value: unknown, rootKc: KeyCtx, options: DetectOptions | undefined): Detection[] {
  const groups: Group[] = [];
  const byLeaf = new Map<Ref, Group>();
  const state: ScanState = { emails: new Set(), hexes: [], ref: () => undefined, budget: LEAF_BUDGET };
  const patterns: readonly CompiledPattern[] = options?.patterns?.length ? compilePatterns(options.patterns) : [];
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
    groupOf(refOf(), leafKey).hits.push(hit);
    if (hit.entity === 'EMAIL' && state.emails.size < MAX_EMAILS) state.emails.add(hit.raw);
  };
  const scan = { layers: [], depth: 0, sink, state };
  const skip = options?.skip;
  walk(value, rootKc, {
    string(s, key, hints, up, seg) {
      leafUp = up;
      leafSeg = seg;
      leafRef = undefined;
      leafKey = key;
      state.budget = LEAF_BUDGET;
      scanLeaf(s, key, hints, scan, state);
      if (patterns.length > 0) for (const hit of customHits(s, patterns)) sink(hit);
    },
    number(n, key, hints, up, seg) {
      if (hints === 0 && (n < 1e11 || !Number.isSafeInteger(n))) return;
      scanNumber(n, { key, hints }, (entity, raw, confidence) => groupOf({ up, seg }, key).hits.push({ entity, raw, confidence, layers: [] }));
    },
    geo(raw, key, ref) {
      groupOf(ref, key).hits.push({ entity: 'GEO_COORDINATES', raw, confidence: 0.9, layers: [] });
    },
    ...(skip !== undefined && skip.size > 0 ? { skip: (up: Ref | undefined, seg: string) => skip.has(pointerOf({ up, seg })) } : {}),
  }, MAX_NODES);
  correlateHashes(state, groupOf);
  return toDetections(groups, options);
}

/** Short values already scanned and found clean (under given hints): telemetry repeats itself. */
const clean = new Map<number, Set<string>>();
let cleanSize = 0;
const CLEAN_MAX_LEN = 512;
const CLEAN_MAX_ENTRIES = 50_000;

/** Key context of the leaf being scanned, reused (scanning is synchronous and never keeps it). */
const LEAF_KC: { key: string | undefined; hints: number } = { key: undefined, hints: 0 };

/** Forget the values seen clean (benchmarks call this between rounds, so each round starts cold). */
export function clearDetectCache(): void {
  clean.clear();
  cleanSize = 0;
}

function scanLeaf(s: string, key: string | undefined, hints: number, scan: Scan, state: ScanState): void {
  const kc = LEAF_KC;
  kc.key = key;
  kc.hints = hints;
  if (s.length > CLEAN_MAX_LEN || s.length < 6) {
    scanString(s, kc, scan);
    return;
  }
  let known = clean.get(hints);
  if (known?.has(s)) return;
  const hits = scanCount;
  const hexes = state.hexes.length;
  scanString(s, kc, scan);
  if (hits === scanCount && hexes === state.hexes.length) {
    if (cleanSize >= CLEAN_MAX_ENTRIES) {
      clean.clear();
      cleanSize = 0;
      known = undefined;
    }
    if (known === undefined) clean.set(hints, (known = new Set()));
    known.add(s);
    cleanSize++;
  }
}

/** Hash every email seen and flag digest-length hex strings that equal one of the hashes. */
function correlateHashes(state: ScanState, groupOf: (ref: Ref, key: string | undefined) => Group): void {
  if (state.emails.size === 0 || state.hexes.length === 0) return;
  const found: Array<{ hex: string; seen: HexSeen }> = [];
  for (const seen of state.hexes) hexCandidates(seen.text, (hex) => found.push({ hex, seen }));
  if (found.length === 0) return;
  const digests = new Set<string>();
  for (const email of state.emails) for (const d of emailDigests(email)) digests.add(d);
  for (const { hex, seen } of found) {
    if (!digests.has(hex)) continue;
    const ref = seen.leaf as Ref & { key?: string };
    groupOf(ref, ref.key).hits.push({ entity: 'UNSALTED_HASH_OF_EMAIL', raw: hex, confidence: 0.97, layers: seen.layers });
  }
}

function toDetections(groups: readonly Group[], options: DetectOptions | undefined): Detection[] {
  const wanted = options?.entities ? new Set<Entity>(options.entities) : undefined;
  const out: Detection[] = [];
  for (const g of groups) {
    const best = new Map<string, Hit>();
    for (const hit of g.hits) {
      if (wanted !== undefined && !wanted.has(hit.entity)) continue;
      const id = hit.rule === undefined ? hit.entity : `custom:${hit.rule}`;
      const prev = best.get(id);
      if (prev === undefined || hit.confidence > prev.confidence) best.set(id, hit);
    }
    if (best.size === 0) continue;
    const pointer = pointerOf(g.ref);
    for (const hit of best.values()) {
      out.push({
        entity: hit.entity,
        kind: hit.rule === undefined ? kindOf(hit.entity) : 'custom',
        pointer,
        ...(g.key !== undefined ? { key: g.key } : {}),
        evidence: maskEvidence(hit.raw, hit.entity),
        disguise: hit.layers.filter((l, i) => l === 'percent' || l !== hit.layers[i - 1]),
        confidence: hit.confidence,
        ...(hit.rule !== undefined ? { rule: hit.rule } : {}),
      });
    }
  }
  return out;
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
    const kc: KeyCtx = { key, hints: key === undefined ? 0 : keyHints(normaliseKey(key), '') };
    return run(text, kc, options);
  } catch {
    return [];
  }
}
