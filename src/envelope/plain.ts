/** Plain JSON events: an object is one record, an array of objects is one record per element. */
import { describeValue } from '../findings/mask.js';
import type { DecodedRecord } from './types.js';
import { invalid, isObject } from './_shape.js';
import { eachObject, verbatimRecord } from './_verbatim.js';

const STAGE = 'JSON';

/** Decode a plain JSON payload (an event object or an array of event objects). */
export function decodePlain(payload: unknown): DecodedRecord[] {
  if (isObject(payload)) return [verbatimRecord('event', 0, payload, '')];
  if (Array.isArray(payload)) return eachObject(payload, '', 'event', STAGE);
  throw invalid(STAGE, `expected an event object or an array of event objects, received ${describeValue(payload)}`);
}
