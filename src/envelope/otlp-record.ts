/** One OTLP record: merged attribute layers as its value, pointers back into the payload, and scan extras. */
import type { DecodedRecord, RecordKind, ScanExtra } from './types.js';
import { anyValueLeafExtras, convertLayers } from './otlp-value.js';
import { layersPointer, MAX_ANY_VALUE_DEPTH, type AttributeLayer } from './otlp-pointer.js';
import { leafExtras } from './_leaf-extras.js';
import { own, type JsonObject } from './_shape.js';

/**
 * A record for the OTLP item written at `at` whose value merges `layers` (resource → scope → … → item,
 * later wins); `extras` are followed by the values hidden by duplicate keys.
 */
export function otlpRecord(
  kind: RecordKind,
  index: number,
  at: string,
  layers: readonly AttributeLayer[],
  extras: readonly ScanExtra[],
): DecodedRecord {
  const hidden: ScanExtra[] = [];
  const value = convertLayers(layers, 0, hidden);
  return {
    kind,
    index,
    value,
    extras: hidden.length === 0 ? extras : [...extras, ...hidden],
    pointerOf: (logical) => layersPointer(layers, logical, at),
  };
}

/** Extras for a field holding a plain string (span name, severityText …); none when absent. */
export function stringExtra(item: JsonObject, field: string, key: string, at: string): ScanExtra[] {
  const value = own(item, field);
  return value === undefined || value === null ? [] : [{ key, value, pointer: `${at}/${field}` }];
}

/** Extras for every leaf of an AnyValue field (log body), keyed by `key` or the nearest kvlist key. */
export function anyValueExtras(item: JsonObject, field: string, key: string, at: string): ScanExtra[] {
  const any = own(item, field);
  return any === undefined || any === null ? [] : anyValueLeafExtras(any, `${at}/${field}`, key);
}

/** Extras for every leaf of an attribute list that is not part of a record's value (span links, exemplars). */
export function attributeExtras(layer: AttributeLayer): ScanExtra[] {
  const hidden: ScanExtra[] = [];
  const value = convertLayers([layer], 0, hidden);
  return [...hidden, ...leafExtras('', value, (logical) => layersPointer([layer], logical, layer.at), MAX_ANY_VALUE_DEPTH + 1)];
}
