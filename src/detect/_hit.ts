import type { Entity } from '../findings/entities.js';

/** One raw finding inside a scanned string, before it gets its pointer. Internal: `raw` never leaves detect. */
export interface Hit {
  readonly entity: Entity;
  /** The raw matched text, used only to mask evidence and to correlate hashes. */
  readonly raw: string;
  readonly confidence: number;
  /** Disguise layers peeled to reach it. */
  readonly layers: readonly string[];
  /** Pattern name, for custom patterns. */
  readonly rule?: string;
}

/** Key context of a scanned string: the raw key (if any) and its hint bits (see keys.ts). */
export interface KeyCtx {
  readonly key: string | undefined;
  readonly hints: number;
}

/** A receiver of hits for one string, with the layers peeled so far. */
export type Emit = (entity: Entity, raw: string, confidence: number, extraLayer?: string) => void;

/** Key context of a string with no key. */
export const NO_KEY: KeyCtx = { key: undefined, hints: 0 };
