import type { Entity } from '../findings/entities.js';

/** How a detection is reported: personal data, a secret, or an unsalted hash of personal data. */
export type DetectionKind = 'pii' | 'secret' | 'unsalted-hash' | 'custom';

/** One thing a detector found. Evidence is masked; the raw value is never kept. */
export interface Detection {
  readonly entity: Entity;
  readonly kind: DetectionKind;
  /** RFC 6901 pointer into the scanned value. */
  readonly pointer: string;
  /** The key the value sat under, if any (for messages). */
  readonly key?: string;
  /** Masked evidence. */
  readonly evidence: string;
  /** Layers peeled to find it, outermost first: `percent`, `base64`, `url-query`, `json`, `stack-trace`… */
  readonly disguise: readonly string[];
  /** 0..1 */
  readonly confidence: number;
  /** For `custom` detections: the policy pattern's name. */
  readonly rule?: string;
}

/** A policy's own named pattern. */
export interface NamedPattern {
  readonly name: string;
  readonly pattern: string;
  readonly entity?: Entity;
}

/** What to detect. */
export interface DetectOptions {
  /** Entities to report; default all. */
  readonly entities?: readonly Entity[];
  /** Extra named patterns from the policy. */
  readonly patterns?: readonly NamedPattern[];
  /** Pointers (into the scanned value) to skip entirely, e.g. declared pseudonym fields. */
  readonly skip?: ReadonlySet<string>;
}
