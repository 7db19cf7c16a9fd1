import type { ControlId, Provision } from '../findings/regulations.js';

/** What a change does to collection: adds to it, takes from it, neither, or cannot be classified. */
export type ChangeDirection = 'expands' | 'reduces' | 'neutral' | 'review';

/** The part of the policy a change touches. */
export type ChangeTopic =
  | 'field' | 'prohibition' | 'retention' | 'sampling' | 'aggregation' | 'consent' | 'recipient'
  | 'transfer' | 'market' | 'lawful-basis' | 'regime' | 'identifiability' | 'safeguard' | 'policy';

/** Finding codes the diff stage raises (one per kind of expanding change, plus `policy-changed`). */
export type DiffCode =
  | 'collection-field-added' | 'field-loosened' | 'prohibition-removed' | 'retention-lengthened'
  | 'sampling-raised' | 'aggregation-loosened' | 'consent-loosened' | 'recipient-added' | 'transfer-added'
  | 'market-added' | 'lawful-basis-changed' | 'regime-added' | 'identifiability-strengthened'
  | 'safeguard-weakened' | 'policy-changed';

/**
 * One difference between a base and a head policy, classified. Messages never carry a key,
 * salt or secret reference value from either policy.
 */
export interface PolicyChange {
  readonly topic: ChangeTopic;
  readonly direction: ChangeDirection;
  /** The finding code, for changes that expand collection or need review. */
  readonly code?: DiffCode;
  /** Policy file the change is in (the head file, or the base file when the head is gone). */
  readonly file: string;
  /** RFC 6901 pointer into the head policy (into the base policy when the head has no such node). */
  readonly pointer: string;
  /** 1-based YAML line of `pointer` in the head policy (nearest existing ancestor). */
  readonly line?: number;
  /** What changed, short: a field path (`user.email`), `retention.detailDays`, `consent.default`. */
  readonly subject: string;
  /** One sentence: what changed, from what to what. */
  readonly message: string;
  /** The field holds personal data or has an entity-like name (more serious). */
  readonly personal: boolean;
  /** Whether the DPIA must be revisited (GDPR Art. 35(11); review-plan triggers). */
  readonly dpia: boolean;
  readonly controls: readonly ControlId[];
  /** Provisions of `controls`, limited to the policies' regimes when they name any. */
  readonly provisions: readonly Provision[];
}
