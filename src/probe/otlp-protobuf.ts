/**
 * OTLP protobuf → OTLP/JSON (lowerCamelCase keys, AnyValue objects, int64 as strings, hex trace and span ids),
 * decoded with protobufjs from the OTLP `.proto` definitions, so the envelope decoder reads it like OTLP/JSON.
 */
import protobuf from 'protobufjs';
import type { BodyDecoder, DecodeContext } from '../serve/body-decoders.js';
import { OTLP_PROTO } from './otlp-proto-schema.js';

/** Which OTLP signal a body carries. */
export type OtlpSignal = 'traces' | 'logs' | 'metrics';

const ROOT = protobuf.parse(OTLP_PROTO, { keepCase: false }).root;
const TYPES: Readonly<Record<OtlpSignal, protobuf.Type>> = {
  traces: ROOT.lookupType('otlp.ExportTraceServiceRequest'),
  logs: ROOT.lookupType('otlp.ExportLogsServiceRequest'),
  metrics: ROOT.lookupType('otlp.ExportMetricsServiceRequest'),
};
const HEX_IDS = new Set(['traceId', 'spanId', 'parentSpanId']);
const MAX_DEPTH = 128;
const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: Number, defaults: false, arrays: false, oneofs: false };

/** The protobufjs type of an OTLP export request (exported for round-trip tests and encoders). */
export function otlpType(signal: OtlpSignal): protobuf.Type {
  return TYPES[signal];
}

/** The signal an OTLP/HTTP path names (`/v1/traces`, `/v1/logs`, `/v1/metrics`, any prefix), if any. */
export function otlpSignalOfPath(path: string | undefined): OtlpSignal | undefined {
  const m = /\/v1\/(traces|logs|metrics)\/?$/.exec(path ?? '');
  return m ? (m[1] as OtlpSignal) : undefined;
}

/**
 * Decode an OTLP protobuf export request into its OTLP/JSON form. The signal comes from the path when it
 * names one; otherwise the first signal whose decoding is structurally plausible wins. Undefined if none.
 */
export function decodeOtlpProtobuf(body: Uint8Array, signal?: OtlpSignal): unknown {
  const order: readonly OtlpSignal[] = signal ? [signal] : ['traces', 'metrics', 'logs'];
  for (const s of order) {
    let message: Record<string, unknown>;
    try {
      message = TYPES[s].toObject(TYPES[s].decode(body), TO_OBJECT);
    } catch {
      continue;
    }
    if (signal === undefined && !plausible(s, message)) continue;
    try {
      return toJsonShape(message, '', 0);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Bytes → hex for trace/span ids, base64 otherwise; depth-bounded. */
function toJsonShape(value: unknown, key: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new RangeError('too deep');
  if (value instanceof Uint8Array) return HEX_IDS.has(key) ? Buffer.from(value).toString('hex') : Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((v) => toJsonShape(v, key, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonShape(v, k, depth + 1);
    return out;
  }
  return value;
}

/** Items at `request[outer][*][middle][*][inner][*]`. */
function items(message: Record<string, unknown>, outer: string, middle: string, inner: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const r of (message[outer] as Record<string, unknown>[] | undefined) ?? []) {
    for (const sc of (r[middle] as Record<string, unknown>[] | undefined) ?? []) {
      for (const it of (sc[inner] as Record<string, unknown>[] | undefined) ?? []) out.push(it);
    }
  }
  return out;
}

const byteLength = (v: unknown): number => (v instanceof Uint8Array ? v.length : -1);

/** Does a decoding look like what that signal's SDKs send (ids of the right length, one data kind per metric …)? */
function plausible(signal: OtlpSignal, message: Record<string, unknown>): boolean {
  if (signal === 'traces') {
    const spans = items(message, 'resourceSpans', 'scopeSpans', 'spans');
    return spans.length > 0 && spans.every((s) => byteLength(s.traceId) === 16 && byteLength(s.spanId) === 8);
  }
  if (signal === 'metrics') {
    const metrics = items(message, 'resourceMetrics', 'scopeMetrics', 'metrics');
    const kinds = ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'];
    return metrics.length > 0 && metrics.every((m) => typeof m.name === 'string' && m.name !== '' && kinds.filter((k) => m[k] !== undefined).length === 1);
  }
  const logs = items(message, 'resourceLogs', 'scopeLogs', 'logRecords');
  return logs.length > 0 && logs.every((l) => (l.traceId === undefined || byteLength(l.traceId) === 16) && (l.spanId === undefined || byteLength(l.spanId) === 8));
}

/** Gate-server body decoder for `application/x-protobuf`: OTLP → one OTLP/JSON payload; bytes it cannot read as OTLP stay raw. */
export const decodeOtlpProtobufBody: BodyDecoder = (body, context) => {
  if (body.length === 0) return { kind: 'payloads', payloads: [] };
  const value = decodeOtlpProtobuf(body, otlpSignalOfPath((context as DecodeContext & { readonly path?: string }).path));
  return value === undefined ? { kind: 'raw' } : { kind: 'payloads', payloads: [{ value }] };
};
