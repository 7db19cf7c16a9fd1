/**
 * PostHog capture payloads: the `/batch` body `{api_key, batch: [event…], sent_at, historical_migration?}`
 * (posthog-node, posthog-python), the `/capture` or `/i/v0/e` single event `{api_key|token, event, properties,
 * distinct_id?, timestamp?}`, and a bare array of events (posthog-js). Each event is one record.
 */
import { describeValue } from '../findings/mask.js';
import type { DecodedRecord } from './types.js';
import { invalid, isObject, own } from './_shape.js';
import { eachObject, verbatimRecord } from './_verbatim.js';

const STAGE = 'PostHog';

/** Decode a PostHog batch body, single event or array of events into one record per event. */
export function decodePosthog(payload: unknown): DecodedRecord[] {
  if (Array.isArray(payload)) return eachObject(payload, '', 'posthog-event', STAGE);
  if (isObject(payload)) {
    const batch = own(payload, 'batch');
    if (Array.isArray(batch)) return eachObject(batch, '/batch', 'posthog-event', STAGE);
    if (batch !== undefined) throw invalid(STAGE, `/batch is ${describeValue(batch)}, expected an array of events`);
    if (own(payload, 'event') !== undefined) return [verbatimRecord('posthog-event', 0, payload, '')];
  }
  throw invalid(STAGE, `expected a /batch body, an event object or an array of events, received ${describeValue(payload)}`);
}
