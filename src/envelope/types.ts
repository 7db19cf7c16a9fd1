/** Wire formats a payload can be decoded from. */
export type EnvelopeFormat = 'json' | 'ndjson' | 'posthog' | 'segment' | 'otlp';

/** What a record is, within its envelope. */
export type RecordKind =
  | 'event'
  | 'posthog-event'
  | 'segment-event'
  | 'otlp-log'
  | 'otlp-span'
  | 'otlp-span-event'
  | 'otlp-datapoint';

/** A string the detectors scan although the policy does not validate it as a field (log body, span name). */
export interface ScanExtra {
  /** Context key for key-aware detection, e.g. `body`. */
  readonly key: string;
  readonly value: unknown;
  /** Pointer into the payload as written. */
  readonly pointer: string;
}

/**
 * One logical record decoded from a payload. `value` is what the policy's fields describe;
 * `pointerOf` maps a pointer into `value` back to a pointer into the payload as written.
 */
export interface DecodedRecord {
  readonly kind: RecordKind;
  /** Position of this record within its payload, 0-based. */
  readonly index: number;
  readonly value: Record<string, unknown>;
  pointerOf(logicalPointer: string): string;
  readonly extras: readonly ScanExtra[];
}
