import type { FindingCode, Severity } from '../findings/codes.js';
import type { FieldEntry, Policy } from '../policy/types.js';

/** A piece of policy prose (title, description, purpose, a claim) and where it is. */
export interface PolicyText {
  readonly pointer: string;
  readonly text: string;
}

/** A field rule found in the policy; `item` marks the `items` rule of an array field. */
export interface LintField extends FieldEntry {
  readonly item: boolean;
}

/** What every lint check gets: the policy plus views computed once. */
export interface LintContext {
  readonly policy: Policy;
  /** Every field rule at any depth (`fields`, nested `fields`, `items`), in document order. */
  readonly fields: readonly LintField[];
  /** The policy's own statements: title, description, processing.purpose, processing.claims[]. */
  readonly texts: readonly PolicyText[];
}

/** One problem a check found; lintPolicy turns it into a Finding. */
export interface LintHit {
  /** RFC 6901 pointer into the policy document (the nearest existing node for a missing key). */
  readonly pointer: string;
  /** One sentence: what is wrong and what to do. */
  readonly message: string;
  readonly field?: string;
  /** Overrides the catalogue severity of the rule's code. */
  readonly severity?: Severity;
}

/** A lint rule is data naming its check (Spectral style). */
export interface LintRule {
  /** Stable rule name, reported as the finding's `rule`. */
  readonly name: string;
  readonly code: FindingCode;
  /** What the rule looks for, one sentence (for docs). */
  readonly description: string;
  readonly check: (context: LintContext) => readonly LintHit[];
}
