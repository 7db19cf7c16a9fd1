import { escapePointerSegment } from '../_pointer.js';
import type { Faker } from '@faker-js/faker';
import type { Entity } from '../findings/entities.js';
import { pick } from './_fakers.js';
import { otlpAttributes, otlpResource, posthogProperties, segmentContext } from './auto-properties.js';
import type { CorpusFormat, CorpusLabel, CorpusRecord, Field } from './types.js';

/** A logical record: its fields (negatives and labelled values) and whether it is PII-free. */
export interface LogicalRecord {
  readonly fields: readonly Field[];
  readonly piiFree: boolean;
}

/** A payload in its envelope with labels and record positions. */
export interface Wrapped {
  readonly payload: unknown;
  readonly labels: CorpusLabel[];
  readonly records: CorpusRecord[];
}

const esc = escapePointerSegment;
const ptr = (segs: readonly (string | number)[]): string => segs.map((s) => `/${esc(String(s))}`).join('');

/** Containers fields are written into, per envelope (the first is the default). */
const CONTAINERS: Record<'json' | 'posthog' | 'segment', readonly (readonly string[])[]> = {
  json: [['properties'], ['properties', 'user'], ['context'], ['properties', 'meta'], []],
  posthog: [['properties'], ['properties', '$set'], ['properties', 'context']],
  segment: [['properties'], ['context', 'traits'], ['context'], ['properties', 'checkout']],
};

/** Containers for unlabelled (hard-negative) fields: never inside a person object. */
const NEUTRAL_CONTAINERS: Record<'json' | 'posthog' | 'segment', readonly (readonly string[])[]> = {
  json: [['properties'], [], ['context']],
  posthog: [['properties']],
  segment: [['properties'], ['context']],
};

/** Write fields into a nested object, choosing a container where the key is still free. */
function place(f: Faker, root: Record<string, unknown>, fields: readonly Field[], containers: readonly (readonly string[])[], neutral: readonly (readonly string[])[], base: readonly (string | number)[], labels: CorpusLabel[], recordIndex: number): void {
  for (const field of fields) {
    const pool = field.label === undefined ? neutral : containers;
    const options = field.path[0]?.startsWith('$geoip') ? [pool[0] as readonly string[]] : f.helpers.shuffle([...pool]);
    for (const c of options) {
      let obj: Record<string, unknown> | undefined = root;
      for (const seg of c) {
        const next: unknown = (obj[seg] ??= {});
        obj = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : undefined;
        if (obj === undefined) break;
      }
      if (obj === undefined) continue;
      const key = field.path[field.path.length - 1] as string;
      if (key in obj) continue;
      obj[key] = field.value;
      if (field.label) labels.push({ recordIndex, pointer: ptr([...base, ...c, key]), entity: field.label });
      break;
    }
  }
}

function attrValue(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  return { stringValue: JSON.stringify(v) };
}

/** OTLP attributes from fields (nested paths join with dots; coordinate objects split in two). */
function attributes(fields: readonly Field[], base: readonly (string | number)[], labels: CorpusLabel[], recordIndex: number, start: Array<{ key: string; value: unknown }>): Array<{ key: string; value: unknown }> {
  const attrs = [...start];
  const push = (key: string, v: unknown, label: Entity | undefined): void => {
    const value = attrValue(v);
    attrs.push({ key, value });
    if (label) labels.push({ recordIndex, pointer: ptr([...base, 'attributes', attrs.length - 1, 'value', Object.keys(value)[0] as string]), entity: label });
  };
  for (const field of fields) {
    const key = field.path.join('.');
    if (field.value !== null && typeof field.value === 'object') {
      for (const [k, v] of Object.entries(field.value)) push(`${key}.${k}`, v, /^(lat|lon|lng|latitude|longitude)$/.test(k) ? field.label : undefined);
    } else push(key, field.value, field.label);
  }
  return attrs;
}

function hex(f: Faker, n: number): string {
  return f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
}

/** Wrap logical records into one payload of `format`. */
export function wrap(f: Faker, format: CorpusFormat, recs: readonly LogicalRecord[]): Wrapped {
  const labels: CorpusLabel[] = [];
  const records: CorpusRecord[] = [];
  const ts = (): string => f.date.recent({ days: 7 }).toISOString();
  if (format === 'json') {
    const rec = recs[0] as LogicalRecord;
    const payload: Record<string, unknown> = { event: pick(f, ['checkout_completed', 'page_view', 'app_start', 'export_finished']), timestamp: ts(), properties: { app: pick(f, ['web', 'ios', 'cli']), plan: pick(f, ['free', 'pro', 'team']) } };
    place(f, payload, rec.fields, CONTAINERS.json, NEUTRAL_CONTAINERS.json, [], labels, 0);
    records.push({ pointer: '', piiFree: rec.piiFree });
    return { payload, labels, records };
  }
  if (format === 'posthog' || format === 'segment') {
    const batch = recs.map((rec, i) => {
      const base = ['batch', i];
      const ev: Record<string, unknown> = format === 'posthog'
        ? { event: pick(f, ['$pageview', 'checkout completed', 'feature_used', '$autocapture']), distinct_id: f.string.uuid(), properties: { $lib: 'posthog-node', $lib_version: f.system.semver(), $session_id: f.string.uuid(), ...posthogProperties(f) }, timestamp: ts(), uuid: f.string.uuid() }
        : { type: 'track', event: pick(f, ['Order Completed', 'Page Viewed', 'Signed In', 'Report Exported']), anonymousId: f.string.uuid(), messageId: `ajs-next-${hex(f, 32)}`, properties: { currency: pick(f, ['USD', 'EUR', 'BRL']), revenue: f.number.float({ min: 1, max: 500, fractionDigits: 2 }) }, context: { library: { name: 'analytics-node', version: f.system.semver() }, ...segmentContext(f) }, timestamp: ts(), originalTimestamp: ts() };
      place(f, ev, rec.fields, CONTAINERS[format], NEUTRAL_CONTAINERS[format], base, labels, i);
      records.push({ pointer: `/batch/${i}`, piiFree: rec.piiFree });
      return ev;
    });
    const payload = format === 'posthog' ? { api_key: `phc_${f.string.alphanumeric(43)}`, batch } : { batch, sentAt: ts() };
    return { payload, labels, records };
  }
  const resource = { attributes: otlpResource(f) };
  const nano = (): string => `${f.date.recent().getTime()}${f.string.numeric(6)}`;
  if (format === 'otlp-logs') {
    const logRecords = recs.map((rec, i) => {
      const base = ['resourceLogs', 0, 'scopeLogs', 0, 'logRecords', i];
      const bodyField = rec.fields.find((x) => x.body);
      const body = bodyField ? String(bodyField.value) : `request handled in ${f.number.int(900)}ms`;
      if (bodyField?.label) labels.push({ recordIndex: i, pointer: ptr([...base, 'body', 'stringValue']), entity: bodyField.label });
      const attrs = attributes(rec.fields.filter((x) => x !== bodyField), base, labels, i, otlpAttributes(f, 'log'));
      records.push({ pointer: ptr(base), piiFree: rec.piiFree });
      return { timeUnixNano: nano(), severityNumber: 9, severityText: pick(f, ['INFO', 'WARN', 'ERROR']), body: { stringValue: body }, attributes: attrs, traceId: hex(f, 32), spanId: hex(f, 16) };
    });
    return { payload: { resourceLogs: [{ resource, scopeLogs: [{ scope: { name: 'app.logger', version: '0.1.0' }, logRecords }] }] }, labels, records };
  }
  const spans = recs.map((rec, i) => {
    const base = ['resourceSpans', 0, 'scopeSpans', 0, 'spans', i];
    const attrs = attributes(rec.fields, base, labels, i, otlpAttributes(f, 'span'));
    records.push({ pointer: ptr(base), piiFree: rec.piiFree });
    return { traceId: hex(f, 32), spanId: hex(f, 16), parentSpanId: hex(f, 16), name: pick(f, ['GET /api/users/:id', 'db.query', 'POST /checkout']), kind: 2, startTimeUnixNano: nano(), endTimeUnixNano: nano(), attributes: attrs, status: { code: 1 } };
  });
  return { payload: { resourceSpans: [{ resource, scopeSpans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.52.0' }, spans }] }] }, labels, records };
}
