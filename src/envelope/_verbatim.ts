/** Internal: records whose value is an object of the payload itself (plain JSON, PostHog, Segment). */
import type { DecodedRecord, RecordKind } from './types.js';
import { expectObject, type JsonObject } from './_shape.js';

/** A record whose value is `value` as written at `base`: pointers map by prefixing `base`. */
export function verbatimRecord(kind: RecordKind, index: number, value: JsonObject, base: string): DecodedRecord {
  return {
    kind,
    index,
    value,
    extras: [],
    pointerOf: (logical) => (logical === '' || logical.startsWith('/') ? base + logical : base),
  };
}

/** One record per element of `items` (each must be an object), at `${base}/${i}`. */
export function eachObject(items: readonly unknown[], base: string, kind: RecordKind, stage: string): DecodedRecord[] {
  return items.map((item, i) => verbatimRecord(kind, i, expectObject(item, `${base}/${i}`, stage), `${base}/${i}`));
}
