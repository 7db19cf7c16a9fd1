/**
 * Segment tracking API payloads: the `/v1/batch` body `{batch: [call…], sentAt, writeKey?}` (analytics-node)
 * and single calls (`track`, `identify`, `page`, `screen`, `group`, `alias`; analytics.js `/v1/t` …).
 * Each call is one record whose value is the call object.
 */
import { describeValue } from '../findings/mask.js';
import type { DecodedRecord } from './types.js';
import { invalid, isObject, own } from './_shape.js';
import { eachObject, verbatimRecord } from './_verbatim.js';

const STAGE = 'Segment';

/** The Segment call types. */
export const SEGMENT_CALL_TYPES: ReadonlySet<string> = new Set(['track', 'identify', 'page', 'screen', 'group', 'alias']);

/** Keys any single Segment call carries at least one of. */
const CALL_KEYS = ['type', 'anonymousId', 'userId', 'messageId', 'event'] as const;

/** Decode a Segment batch body, single call or array of calls into one record per call. */
export function decodeSegment(payload: unknown): DecodedRecord[] {
  if (Array.isArray(payload)) return eachObject(payload, '', 'segment-event', STAGE);
  if (isObject(payload)) {
    const batch = own(payload, 'batch');
    if (Array.isArray(batch)) return eachObject(batch, '/batch', 'segment-event', STAGE);
    if (batch !== undefined) throw invalid(STAGE, `/batch is ${describeValue(batch)}, expected an array of calls`);
    if (CALL_KEYS.some((key) => own(payload, key) !== undefined)) return [verbatimRecord('segment-event', 0, payload, '')];
  }
  throw invalid(STAGE, `expected a /v1/batch body, a call object or an array of calls, received ${describeValue(payload)}`);
}
