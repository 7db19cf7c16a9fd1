/**
 * Search a captured body for canaries: raw, lower-cased, percent-encoded, base64 (standard and URL-safe,
 * also inside decoded base64 runs) and as an unsalted md5/sha1/sha256 hex. Bounded; evidence is masked.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make.js';
import { maskEvidence } from '../findings/mask.js';
import type { Canaries, Canary } from './canary.js';

/** How a canary was disguised when found. */
export type CanaryForm = 'raw' | 'lowercase' | 'percent' | 'base64' | 'md5' | 'sha1' | 'sha256';

/** One canary found in a body. */
export interface CanaryHit {
  readonly entity: Canary['entity'];
  readonly form: CanaryForm;
  readonly canary: Canary;
}

/** Most body text scanned (8 MiB); the rest is ignored. */
export const MAX_SCANNED_CHARS = 8 * 1024 * 1024;
const MAX_BASE64_RUNS = 10_000;
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

/** Every (canary, form) found in a body text, in canary then form order; one hit per pair. */
export function findCanaries(bodyText: string, canaries: Canaries | readonly Canary[]): CanaryHit[] {
  const list = 'list' in canaries ? canaries.list : canaries;
  const text = bodyText.length > MAX_SCANNED_CHARS ? bodyText.slice(0, MAX_SCANNED_CHARS) : bodyText;
  const lower = text.toLowerCase();
  const decoded = decodeBase64Runs(text);
  const decodedLower = decoded.toLowerCase();
  const hits: CanaryHit[] = [];
  for (const canary of list) {
    const v = canary.value;
    const hit = (form: CanaryForm): number => hits.push({ entity: canary.entity, form, canary });
    if (v === '') continue;
    if (text.includes(v)) hit('raw');
    else if (lower.includes(v.toLowerCase())) hit('lowercase');
    const encoded = [...new Set([encodeURIComponent(v), new URLSearchParams({ v }).toString().slice(2)])].filter((e) => e !== v);
    if (encoded.some((e) => lower.includes(e.toLowerCase()))) hit('percent');
    if (base64Forms(v).some((b) => text.includes(b)) || decoded.includes(v) || decodedLower.includes(v.toLowerCase())) hit('base64');
    for (const algo of ['md5', 'sha1', 'sha256'] as const) {
      const hashes = new Set([v, v.toLowerCase(), v.trim().toLowerCase()].map((s) => createHash(algo).update(s).digest('hex')));
      if ([...hashes].some((h) => lower.includes(h))) hit(algo);
    }
  }
  return hits;
}

/** Base64 of a value, standard and URL-safe, without padding (a prefix of any padded or embedded form at offset 0). */
function base64Forms(value: string): string[] {
  const std = Buffer.from(value, 'utf8').toString('base64').replace(/=+$/, '');
  // Drop the last character: it depends on the bytes that follow when the value sits inside a longer text.
  const trimmed = std.length > 4 ? std.slice(0, -1) : std;
  return [...new Set([trimmed, trimmed.replace(/\+/g, '-').replace(/\//g, '_')])];
}

/** The decoded text of base64-looking runs (each at its three byte alignments), joined by newlines; bounded. */
function decodeBase64Runs(text: string): string {
  const parts: string[] = [];
  let runs = 0;
  for (const m of text.matchAll(BASE64_RUN)) {
    if (++runs > MAX_BASE64_RUNS) break;
    const run = m[0].replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    for (let shift = 0; shift < 4; shift++) parts.push(Buffer.from(run.slice(shift), 'base64').toString('latin1'));
  }
  return parts.join('\n');
}

/** `canary-leak` findings for hits in one input (a request path or scenario); evidence masked, never the raw canary. */
export function canaryFindings(hits: readonly CanaryHit[], where: { readonly input: string; readonly pointer?: string }): Finding[] {
  return hits.map((h) =>
    makeFinding({
      code: 'canary-leak',
      message: `The ${h.canary.name.replace('_', ' ')} canary (${h.entity}) was sent ${h.form === 'raw' ? 'verbatim' : `as ${h.form}`}.`,
      input: where.input,
      pointer: where.pointer ?? '',
      entity: h.entity,
      evidence: maskEvidence(h.canary.value, h.entity),
      disguise: [h.form],
      rule: `canary:${h.canary.name}`,
    }),
  );
}
