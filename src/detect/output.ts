import type { Entity } from '../findings/entities.js';
import { SECRET_ENTITIES } from '../findings/entities.js';
import { maskEvidence } from '../findings/mask.js';
import type { Hit } from './_hit.js';
import type { HexSeen, ScanState } from './_scan.js';
import { emailDigests, hexCandidates } from './entities/hash.js';
import type { Detection, DetectionKind, DetectOptions } from './types.js';
import { pointerOf, type Ref } from './walk.js';

/** The hits found in one leaf (or object, for coordinates), with its reference and key. */
export interface Group {
  readonly ref: Ref;
  readonly key: string | undefined;
  readonly hits: Hit[];
}

function kindOf(entity: Entity): DetectionKind {
  if (entity === 'UNSALTED_HASH_OF_EMAIL') return 'unsalted-hash';
  return SECRET_ENTITIES.has(entity) ? 'secret' : 'pii';
}

/** Hash every email seen and flag digest-length hex strings equal to one of the hashes (unsalted hash of an email). */
export function correlateHashes(state: ScanState, groupOf: (ref: Ref, key: string | undefined) => Group): void {
  if (state.emails.size === 0 || state.hexes.length === 0) return;
  const found: Array<{ hex: string; seen: HexSeen }> = [];
  for (const seen of state.hexes) hexCandidates(seen.text, (hex) => found.push({ hex, seen }));
  if (found.length === 0) return;
  const lengths = new Set(found.map((f) => f.hex.length));
  const digests = new Set<string>();
  for (const email of state.emails) for (const d of emailDigests(email, lengths)) digests.add(d);
  for (const { hex, seen } of found) {
    if (!digests.has(hex)) continue;
    const ref = seen.leaf as Ref & { key?: string };
    const hits = groupOf(ref, ref.key).hits;
    // A digest that is an email's is that hash, not also the secret a cue before it suggested (`key=<md5>`).
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.entity === 'API_KEY' && hits[i]!.raw === hex) hits.splice(i, 1);
    hits.push({ entity: 'UNSALTED_HASH_OF_EMAIL', raw: hex, confidence: 0.97, layers: seen.layers });
  }
}

/** Entity sets made once per options array (detect is called per record with the policy's array). */
const wantedSets = new WeakMap<readonly Entity[], ReadonlySet<Entity>>();

function wantedSet(entities: readonly Entity[]): ReadonlySet<Entity> {
  let set = wantedSets.get(entities);
  if (set === undefined) {
    set = new Set<Entity>(entities);
    wantedSets.set(entities, set);
  }
  return set;
}

/** One detection per (pointer, entity) — the most confident hit — with masked evidence. */
export function toDetections(groups: readonly Group[], options: DetectOptions | undefined): Detection[] {
  if (groups.length === 0) return [];
  const wanted = options?.entities ? wantedSet(options.entities) : undefined;
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

