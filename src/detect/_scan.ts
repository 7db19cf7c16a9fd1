import type { Hit } from './_hit.js';

/** A text that may hold a digest-length hex string, kept to compare with hashed emails. */
export interface HexSeen {
  readonly text: string;
  /** The leaf (pointer reference) it was seen in. */
  readonly leaf: unknown;
  readonly layers: readonly string[];
}

/** State shared by every string scanned within one `detect` call. */
export interface ScanState {
  /** Emails seen anywhere in the scanned value (for unsalted-hash correlation). */
  readonly emails: Set<string>;
  readonly hexes: HexSeen[];
  /** Reference of the leaf being scanned (built on demand). */
  ref: () => unknown;
  /** Remaining nested scans allowed for the current leaf (bounds decoding work). */
  budget: number;
}

/** Where a scan is: the disguise layers peeled so far, nesting depth, and where hits go. */
export interface Scan {
  readonly layers: readonly string[];
  readonly depth: number;
  readonly sink: (hit: Hit) => void;
  readonly state: ScanState;
}

/** Deepest nesting of decoded layers (percent, base64, JSON, URL parts) followed. */
export const MAX_DEPTH = 5;
/** Nested scans allowed per leaf string. */
export const LEAF_BUDGET = 64;
/**
 * Longest prefix of a string that is scanned: 64 KiB. Beyond it a huge string (a 5 MB log
 * line) is not scanned, which bounds the work per string; say so in docs/detectors.md.
 */
export const MAX_SCAN = 64 * 1024;
