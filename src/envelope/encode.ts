/**
 * Logical records → the wire payload a real emitter of each format sends: the inverse of decodePayload
 * (decodePayload(encodeEnvelope(records, f), f) gives the records back).
 */
import type { EnvelopeFormat } from './types.js';

/** Options of encodeEnvelope. */
export interface EncodeOptions {
  /** OTLP: record keys sent as resource attributes (records sharing the same values share one resource). */
  readonly resourceKeys?: readonly string[];
  /** PostHog: the project API key sent in the body (default `phc_test`, a public client key). */
  readonly apiKey?: string;
}

/** One OTLP/JSON AnyValue. */
export type AnyValue = Record<string, unknown>;

/**
 * The wire payload for records: json/ndjson → the object (an array for several), posthog →
 * `{api_key, batch}`, segment → `{batch}` of `track` calls, otlp → an OTLP/JSON logs export request.
 */
export function encodeEnvelope(records: readonly Record<string, unknown>[], format: EnvelopeFormat, options: EncodeOptions = {}): unknown {
  switch (format) {
    case 'json':
    case 'ndjson':
      return records.length === 1 ? records[0] : [...records];
    case 'posthog':
      return { api_key: options.apiKey ?? 'phc_test', batch: [...records] };
    case 'segment':
      return { batch: records.map((r) => (Object.hasOwn(r, 'type') ? r : { type: 'track', ...r })) };
    case 'otlp':
      return otlpLogs(records, options.resourceKeys ?? []);
  }
}

/** The body bytes of a payload: JSON, or one JSON line a record for ndjson. */
export function serializeEnvelope(records: readonly Record<string, unknown>[], format: EnvelopeFormat, options: EncodeOptions = {}): string {
  if (format === 'ndjson') return records.map((r) => `${JSON.stringify(r)}\n`).join('');
  return JSON.stringify(encodeEnvelope(records, format, options));
}

function otlpLogs(records: readonly Record<string, unknown>[], resourceKeys: readonly string[]): unknown {
  const groups = new Map<string, { resource: [string, unknown][]; logs: [string, unknown][][] }>();
  for (const record of records) {
    const entries = Object.entries(record);
    const resource = entries.filter(([k]) => resourceKeys.includes(k));
    const own = entries.filter(([k]) => !resourceKeys.includes(k));
    const id = JSON.stringify(resource);
    const group = groups.get(id) ?? { resource, logs: [] };
    group.logs.push(own);
    groups.set(id, group);
  }
  return {
    resourceLogs: [...groups.values()].map(({ resource, logs }) => ({
      resource: { attributes: keyValues(resource) },
      scopeLogs: [
        {
          scope: { name: 'telemetry-gate' },
          logRecords: logs.map((attributes) => ({ timeUnixNano: '1700000000000000000', severityNumber: 9, severityText: 'INFO', attributes: keyValues(attributes) })),
        },
      ],
    })),
  };
}

function keyValues(entries: readonly [string, unknown][]): { key: string; value: AnyValue }[] {
  return entries.map(([key, value]) => ({ key, value: anyValue(value, 0) }));
}

/** A JSON value as an OTLP AnyValue: int64 as a decimal string, objects as kvlistValue, null as `{}`. */
export function anyValue(value: unknown, depth: number): AnyValue {
  if (depth > 64) return { stringValue: JSON.stringify(value) ?? 'null' };
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return Number.isSafeInteger(value) ? { intValue: String(value) } : { doubleValue: value };
  if (Array.isArray(value)) return { arrayValue: { values: value.map((v) => anyValue(v, depth + 1)) } };
  if (typeof value === 'object') {
    return { kvlistValue: { values: Object.entries(value).map(([key, v]) => ({ key, value: anyValue(v, depth + 1) })) } };
  }
  return { stringValue: String(value) };
}
