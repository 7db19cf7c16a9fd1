import type { FieldRule, TelemetryPolicy } from './policy.generated.js';

export type {
  TelemetryPolicy as Policy,
  FieldRule,
  FieldMap,
  Pseudonym,
  Consent,
  Retention,
  Sampling,
  Aggregation,
  Transport,
  Receiver,
  Processing,
  Prohibited,
  Granularity,
  Regime,
  Format,
  JsonType,
  UnknownFields,
} from './policy.generated.js';

/** A 1-based position in a source file. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/** A policy as loaded: the checked value plus where it came from, for messages with positions. */
export interface LoadedPolicy {
  readonly policy: TelemetryPolicy;
  /** Path as given by the user. */
  readonly file: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  /** Position of the node at an RFC 6901 pointer into the policy (nearest existing ancestor). */
  locate(pointer: string): SourcePosition;
}

/** A field rule together with its dotted path in the policy (`properties.$set`) and its pointer. */
export interface FieldEntry {
  readonly name: string;
  readonly path: readonly string[];
  readonly rule: FieldRule;
  /** Pointer into the policy document (`/fields/properties/fields/$set`). */
  readonly policyPointer: string;
}
