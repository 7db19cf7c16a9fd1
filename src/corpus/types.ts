import type { Entity } from '../findings/entities.js';

/** Envelope shapes the corpus writes (the shapes the project decodes). */
export type CorpusFormat = 'json' | 'posthog' | 'segment' | 'otlp-logs' | 'otlp-traces';

/** One expected detection: an entity at a pointer into the payload as written. */
export interface CorpusLabel {
  /** Which record of the payload it belongs to (0-based). */
  readonly recordIndex?: number;
  readonly pointer: string;
  readonly entity: Entity;
}

/** One record inside a payload: where it sits and whether it carries personal data. */
export interface CorpusRecord {
  readonly pointer: string;
  readonly piiFree: boolean;
}

/** One generated payload with its labels. */
export interface CorpusItem {
  readonly id: number;
  readonly format: CorpusFormat;
  readonly payload: unknown;
  readonly records: readonly CorpusRecord[];
  readonly labels: readonly CorpusLabel[];
  /** The disguises used, for coverage accounting. */
  readonly disguises: readonly string[];
}

/** A field of a logical record before it is placed in an envelope. */
export interface Field {
  /** Logical path (nested keys); OTLP joins it with dots into one attribute key. */
  readonly path: readonly string[];
  readonly value: unknown;
  /** The entity expected at this field (for an object value: at the object). */
  readonly label?: Entity;
  /** The disguise used to write it (for coverage). */
  readonly disguise?: string;
  /** Free text that belongs in a log body rather than an attribute. */
  readonly body?: boolean;
}
