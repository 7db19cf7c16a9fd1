/** One OTLP record: merged attribute layers as its value, pointers back into the payload, and scan extras. */
import type { DecodedRecord, RecordKind, ScanExtra } from './types.js';
import { convertAnyValue, convertLayers, newSink, type AttributeLayer } from './otlp-value.js';
import { leafExtras } from './_leaf-extras.js';
import { lookupPointer } from './_lookup.js';
import { own, type JsonObject } from './_shape.js';

/**
 * A record for the OTLP item written at `at` whose value merges `layers` (resource → scope → … → item,
 * later wins); `extras` are added to the values hidden by duplicate keys.
 */
export function otlpRecord(
  kind: RecordKind,
  index: number,
  at: string,
  layers: readonly AttributeLayer[],
  extras: readonly ScanExtra[],
): DecodedRecord {
  const sink = newSink();
  sink.map.set('', { pointer: at, verbatim: false });
  const value = convertLayers(layers, '', 0, sink);
  const map = sink.map;
  return {
    kind,
    index,
    value,
    extras: [...extras, ...sink.extras],
    pointerOf: (logical) => lookupPointer(map, logical, at),
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
  if (any === undefined || any === null) return [];
  const sink = newSink();
  const value = convertAnyValue(any, `${at}/${field}`, '', 0, sink);
  return [...sink.extras, ...leafExtras(key, value, sink.map, `${at}/${field}`)];
}

/** Extras for every leaf of an attribute list that is not part of a record's value (span links, exemplars). */
export function attributeExtras(layer: AttributeLayer): ScanExtra[] {
  const sink = newSink();
  const value = convertLayers([layer], '', 0, sink);
  return [...sink.extras, ...leafExtras('', value, sink.map, layer.at)];
}
