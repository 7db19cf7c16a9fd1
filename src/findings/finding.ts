import type { FindingCode, Severity } from './codes.js';
import type { Entity } from './entities.js';
import type { Provision } from './regulations.js';

/**
 * A finding is data. `pointer` is an RFC 6901 pointer into the payload as written;
 * `evidence` is always masked. Messages never repeat a raw personal value.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** One sentence: the field, what was expected, what was received (never the raw value). */
  readonly message: string;
  /** File path, `-` for stdin, or a URL / scenario name for probes. */
  readonly input: string;
  /** 1-based line of an NDJSON input. */
  readonly line?: number;
  /** RFC 6901 pointer into the payload as written ('' for the whole payload). */
  readonly pointer: string;
  /** The field name concerned, as written. */
  readonly field?: string;
  readonly entity?: Entity;
  /** Masked evidence, e.g. `a***@e***.com`. */
  readonly evidence?: string;
  /** How the value was disguised (e.g. `base64`, `url-query`). */
  readonly disguise?: readonly string[];
  /** The policy rule or named pattern that produced it. */
  readonly rule?: string;
  readonly regulations: readonly Provision[];
  /** Replay information for fuzz and probe results. */
  readonly seed?: number;
  readonly path?: string;
  readonly replay?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Numeric rank of a severity (lower is more severe). */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Stable order: input, line, pointer, code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.input, b.input) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.code, b.code) ||
    cmp(a.entity ?? '', b.entity ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
