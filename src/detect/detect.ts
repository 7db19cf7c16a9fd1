import type { Entity } from '../findings/entities.js';
import { SECRET_ENTITIES } from '../findings/entities.js';
import { maskEvidence } from '../findings/mask.js';
import type { Hit, KeyCtx } from './_hit.js';
import { type HexSeen, LEAF_BUDGET, type ScanState } from './_scan.js';
import { customHits, type CompiledPattern, compilePatterns } from './custom.js';
import { emailDigests, hexCandidates } from './entities/hash.js';
import { keyHints, normaliseKey } from './keys.js';
import { scanNumber } from './keyed.js';
import { scanString } from './scan-string.js';
import type { Detection, DetectionKind, DetectOptions } from './types.js';
import { pointerOf, walk, type Ref } from './walk.js';

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
  const state: ScanState = { emails: new Set(), hexes: [], leaf: undefined, budget: LEAF_BUDGET };
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
  // One scan context for every leaf: the sink files hits under the current leaf.
  let leafRef: Ref | undefined;
  let leafKey: string | undefined;
  const sink = (hit: Hit): void => {
    groupOf(leafRef as Ref, leafKey).hits.push(hit);
    if (hit.entity === 'EMAIL' && state.emails.size < MAX_EMAILS) state.emails.add(hit.raw);
  };
  const scan = { layers: [], depth: 0, sink, state };
  const skip = options?.skip;
  walk(value, rootKc, {
    string(s, kc, ref) {
      leafRef = ref;
      leafKey = kc.key;
      state.leaf = ref;
      state.budget = LEAF_BUDGET;
      scanString(s, kc, scan);
      if (patterns.length > 0) for (const hit of customHits(s, patterns)) sink(hit);
    },
    number(n, kc, ref) {
      if (kc.hints === 0 && (n < 1e11 || !Number.isSafeInteger(n))) return;
      scanNumber(n, kc, (entity, raw, confidence) => groupOf(ref, kc.key).hits.push({ entity, raw, confidence, layers: [] }));
    },
    geo(raw, kc, ref) {
      groupOf(ref, kc.key).hits.push({ entity: 'GEO_COORDINATES', raw, confidence: 0.9, layers: [] });
    },
    ...(skip !== undefined && skip.size > 0 ? { skip: (ref: Ref) => skip.has(pointerOf(ref)) } : {}),
  }, MAX_NODES);
  correlateHashes(state, groupOf);
  return toDetections(groups, options);
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
