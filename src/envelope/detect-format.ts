/** Guess the envelope of a payload from its shape; `json` when nothing more specific fits. */
import type { EnvelopeFormat } from './types.js';
import { isObject, own, type JsonObject } from './_shape.js';
import { SEGMENT_CALL_TYPES } from './segment.js';

const OTLP_KEYS = ['resourceLogs', 'resourceSpans', 'resourceMetrics'] as const;

/** A format a single payload can be decoded as (NDJSON is split into payloads before decoding). */
export type PayloadFormat = Exclude<EnvelopeFormat, 'ndjson'>;

/** The envelope format of a parsed payload: otlp, posthog, segment, or json as the fallback. */
export function detectFormat(payload: unknown): PayloadFormat {
  if (Array.isArray(payload)) return detectArray(payload);
  if (!isObject(payload)) return 'json';
  if (OTLP_KEYS.some((key) => Array.isArray(own(payload, key)))) return 'otlp';
  const batch = own(payload, 'batch');
  if (Array.isArray(batch)) return detectBatch(payload, batch);
  if (isPosthogSingle(payload)) return 'posthog';
  if (isSegmentCall(payload)) return 'segment';
  return 'json';
}

function detectBatch(payload: JsonObject, batch: readonly unknown[]): PayloadFormat {
  if (own(payload, 'api_key') !== undefined || own(payload, 'sent_at') !== undefined) return 'posthog';
  if (own(payload, 'writeKey') !== undefined || own(payload, 'sentAt') !== undefined) return 'segment';
  if (batch.length > 0 && batch.every(isSegmentCall)) return 'segment';
  if (batch.length > 0 && batch.every(isPosthogEvent)) return 'posthog';
  return 'json';
}

function detectArray(items: readonly unknown[]): PayloadFormat {
  if (items.length === 0) return 'json';
  if (items.every(isSegmentCall)) return 'segment';
  if (items.every(isPosthogEvent)) return 'posthog';
  return 'json';
}

/** A PostHog event inside a batch or array: a string `event` plus a distinct id or properties. */
function isPosthogEvent(item: unknown): boolean {
  if (!isObject(item) || typeof own(item, 'event') !== 'string') return false;
  return own(item, 'distinct_id') !== undefined || isObject(own(item, 'properties'));
}

/** A single PostHog event as sent to `/capture` or `/i/v0/e`. */
function isPosthogSingle(item: JsonObject): boolean {
  if (typeof own(item, 'event') !== 'string') return false;
  if (['api_key', 'token', 'distinct_id'].some((key) => own(item, key) !== undefined)) return true;
  const properties = own(item, 'properties');
  return isObject(properties) && (own(properties, 'token') !== undefined || own(properties, 'distinct_id') !== undefined);
}

/** A Segment call: a known `type` plus one of its identifiers, and no PostHog `distinct_id`. */
function isSegmentCall(item: unknown): boolean {
  if (!isObject(item) || own(item, 'distinct_id') !== undefined) return false;
  const type = own(item, 'type');
  if (typeof type !== 'string' || !SEGMENT_CALL_TYPES.has(type)) return false;
  return ['anonymousId', 'userId', 'messageId'].some((key) => own(item, key) !== undefined);
}
