import type { KeyCtx } from './_hit.js';
import { MAX_DEPTH, MAX_SCAN, type Scan } from './_scan.js';
import { base64Kind, base64Text, hasPercent, parseJsonText, percentDecode } from './decode.js';
import { analyseUrl, isWholeUrl } from './entities/url.js';
import { keyedChecks } from './keyed.js';
import { kcOf, scanText } from './scan-text.js';
import { walkNested } from './walk.js';

/**
 * Scan one string: key-aware checks on the whole value, then peel one disguise (stringified
 * JSON, a whole URL, percent-encoding, base64 text) and scan what is inside, or scan it as text.
 * Depth and the number of nested scans per leaf are bounded (see _scan.ts).
 */
export function scanString(input: string, kc: KeyCtx, scan: Scan): void {
  if (scan.state.budget <= 0) return;
  scan.state.budget--;
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const trimmed = text.trim();
  if (trimmed.length < 2) return;
  const emit = (entity: Parameters<typeof scan.sink>[0]['entity'], raw: string, confidence: number, extra?: string): void => {
    scan.sink({ entity, raw, confidence, layers: extra ? [...scan.layers, extra] : scan.layers });
  };
  const deeper = scan.depth < MAX_DEPTH;
  if (deeper) {
    const json = parseJsonText(trimmed);
    if (json !== undefined && typeof json === 'object' && json !== null) {
      walkNested(json, kc, { ...scan, layers: [...scan.layers, 'json'], depth: scan.depth + 1 }, scanString);
      return;
    }
    if (isWholeUrl(trimmed)) {
      analyseUrl(trimmed, scan.layers, (part, key, layer, sink) => {
        scanString(part, key === undefined ? { key: kc.key, hints: 0 } : kcOf(key), { ...scan, layers: [...scan.layers, layer], depth: scan.depth + 1, sink });
      }, scan.sink);
      return;
    }
    if (hasPercent(trimmed)) {
      const decoded = percentDecode(trimmed);
      if (decoded !== trimmed) {
        scanString(decoded, kc, { ...scan, layers: [...scan.layers, 'percent'], depth: scan.depth + 1 });
        return;
      }
    }
    const kind = base64Kind(trimmed);
    if (kind !== undefined) {
      const decoded = base64Text(trimmed);
      if (decoded !== undefined) {
        scanString(decoded, kc, { ...scan, layers: [...scan.layers, kind], depth: scan.depth + 1 });
        return;
      }
    }
  }
  // Key-aware checks run on the innermost, decoded value (a percent-encoded JWT under `token` is a JWT).
  keyedChecks(trimmed, kc, emit);
  scanText(text, kc, scan, scanString);
}
