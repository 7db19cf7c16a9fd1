import type { Emit, KeyCtx } from './_hit.js';
import { MAX_DEPTH, MAX_SCAN, type Scan } from './_scan.js';
import { base64Kind, base64Text, parseJsonText, percentDecode } from './decode.js';
import { analyseUrl, isWholeUrl } from './entities/url.js';
import { KEYED_HINTS, keyedChecks } from './keyed.js';
import { kcOf, scanText } from './scan-text.js';
import { CLEAN, CLEAN_DIGEST, quickVerdict, UNKNOWN } from './_quick.js';
import { walkNested } from './walk.js';

/** A scan one layer deeper. */
function deeper(scan: Scan, layer: string, sink = scan.sink): Scan {
  return { layers: [...scan.layers, layer], depth: scan.depth + 1, sink, state: scan.state };
}

/** An emitter for hits found in the string as a whole (key-aware checks). */
export function emitterOf(scan: Scan): Emit {
  return (entity, raw, confidence, extra) => scan.sink({ entity, raw, confidence, layers: extra ? [...scan.layers, extra] : scan.layers });
}

/**
 * Scan one string: peel one disguise (stringified JSON, a whole URL, percent-encoding, base64
 * text) and scan what is inside; otherwise run the key-aware checks and the text detectors.
 * Depth and the number of nested scans per leaf are bounded (see _scan.ts). `unsettled` says the
 * caller already found the untrimmed, unsliced string UNKNOWN to quickVerdict.
 */
export function scanString(input: string, kc: KeyCtx, scan: Scan, unsettled = false): void {
  if (scan.state.budget <= 0) return;
  scan.state.budget--;
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const trimmed = text.trim();
  if (trimmed.length < 2) return;
  // Most telemetry strings are identifiers, ids, versions and timestamps: settle them first.
  // CLEAN or CLEAN_DIGEST exactly when inert and not base64 (`unsettled`: the caller already asked).
  const verdict = unsettled ? UNKNOWN : quickVerdict(trimmed);
  if (verdict === CLEAN || verdict === CLEAN_DIGEST) {
    if ((kc.hints & KEYED_HINTS) !== 0) keyedChecks(trimmed, kc, emitterOf(scan));
    if (verdict === CLEAN_DIGEST) scan.state.hexes.push({ text: trimmed, leaf: scan.state.ref(), layers: scan.layers });
    return;
  }
  if (scan.depth < MAX_DEPTH && peel(trimmed, kc, scan)) return;
  // Key-aware checks run on the innermost, decoded value (a percent-encoded JWT under `token` is a JWT).
  if ((kc.hints & KEYED_HINTS) !== 0) keyedChecks(trimmed, kc, emitterOf(scan));
  scanText(trimmed, kc, scan, scanString);
}

/** The text of a JSON string literal that holds a JSON object or array, else undefined. */
function parseJsonString(text: string): string | undefined {
  const second = text.charCodeAt(1);
  if (second !== 123 && second !== 91) return undefined;
  try {
    const inner: unknown = JSON.parse(text);
    return typeof inner === 'string' && parseJsonText(inner.trim()) !== undefined ? inner : undefined;
  } catch {
    return undefined;
  }
}

/** Two or more `key=value` pairs joined by `&`, with no space: a form-encoded body. */
const FORM_BODY = /^[\w.[\]-]{1,64}=[^&\s]*(?:&[\w.[\]-]{1,64}=[^&\s]*)+$/;

/** Try each disguise in turn; true when one applied and its content was scanned. */
function peel(trimmed: string, kc: KeyCtx, scan: Scan): boolean {
  const first = trimmed.charCodeAt(0);
  if (first === 123 || first === 91) {
    const json = parseJsonText(trimmed);
    if (json !== undefined && typeof json === 'object' && json !== null) {
      walkNested(json, kc, deeper(scan, 'json'), scanString);
      return true;
    }
  }
  // JSON stringified twice (`"{\"contact\":{…}}"`): the string it holds is read as the JSON it is.
  if (first === 34 && trimmed.length > 4 && trimmed.charCodeAt(trimmed.length - 1) === 34) {
    const inner = parseJsonString(trimmed);
    if (inner !== undefined) {
      scanString(inner, kc, deeper(scan, 'json'));
      return true;
    }
  }
  if (isWholeUrl(trimmed)) {
    analyseUrl(trimmed, scan.layers, (part, key, layer, sink) => {
      scanString(part, key === undefined ? { key: kc.key, hints: 0 } : kcOf(key), deeper(scan, layer, sink));
    }, scan.sink);
    return true;
  }
  // A text holding a URL is not decoded as a whole: its URLs are analysed part by part, each part decoded
  // (decoding first would turn `postgres://u:p%23w@host` into a URL whose password ends at a fragment).
  // A form-encoded body (`kortnummer=5412+8513+3860+2672&belopp=499`) also writes its spaces as `+`; once decoded,
  // a `+` is one that was written `%2B` (`From=%2B16475550187`) and stays.
  const form = trimmed.indexOf('&') > 0 && !scan.layers.includes('percent') && FORM_BODY.test(trimmed);
  if ((trimmed.indexOf('%') >= 0 || (form && trimmed.indexOf('+') >= 0)) && !trimmed.includes('://')) {
    const decoded = percentDecode(trimmed, form);
    if (decoded !== trimmed) {
      scanString(decoded, kc, deeper(scan, 'percent'));
      return true;
    }
  }
  const kind = base64Kind(trimmed);
  if (kind !== undefined) {
    const decoded = base64Text(trimmed);
    if (decoded !== undefined) {
      scanString(decoded, kc, deeper(scan, kind));
      return true;
    }
  }
  return false;
}
