import { isIdentifierField } from '../_ids.js';
import { ANONYMITY, affirmed, mentions, where } from '../_text.js';
import { statements } from '../_context.js';
import type { LintHit, LintRule } from '../types.js';

const AGGREGATE = /\baggregat/i;

/**
 * overclaim (pitfall 4): aggregates presented as anonymous (identifiability aggregate, or anonymous
 * with an aggregation block, or prose calling aggregates anonymous in a policy that aggregates)
 * without `aggregation.minCount`.
 */
export const overclaimAggregate: LintRule = {
  name: 'overclaim-aggregate-anonymous',
  code: 'overclaim',
  description: 'Aggregates are claimed anonymous (or `identifiability: aggregate`) but `aggregation.minCount` is not set.',
  check: ({ policy, texts }) => {
    if (policy.aggregation?.minCount !== undefined) return [];
    const status = policy.processing?.identifiability;
    const aggregates = policy.aggregation !== undefined;
    const claim =
      status === 'aggregate' || (status === 'anonymous' && aggregates)
        ? '/processing/identifiability'
        : aggregates
          ? texts.find((t) => mentions(t.text, AGGREGATE) && affirmed(t.text, ANONYMITY) !== undefined)?.pointer
          : undefined;
    if (claim === undefined) return [];
    return [{
      pointer: policy.aggregation ? '/aggregation/minCount' : claim,
      message:
        `${where(claim)} presents aggregates as anonymous but no minimum cell size is set, and aggregates are anonymous ` +
        'only when small cells are suppressed and the event-level source is gone (pitfall 4: GDPR Recital 26, WP29 ' +
        'Opinion 05/2014; CCPA 1798.140(b)): set aggregation.minCount.',
    }];
  },
};

/** Statements saying which branch of pitfall 11 applies: a key or mapping, or GDPR Art. 11. */
const DELETION_BASIS = /\bart(?:icle)?\.?\s*11\b|\b(?:mapping|lookup|deletion key)\b|(?:cannot|can ?not|can't|unable to) (?:be )?(?:re-?)?identif/i;

/** overclaim (pitfall 11, info): deletion after opt-out promised for pseudonymised data without saying how. */
export const overclaimDeletion: LintRule = {
  name: 'overclaim-deletion-unlinkable',
  code: 'overclaim',
  description: '`retention.optOutDeletionDays` with pseudonymised ids and no statement of how records are found (key/mapping or GDPR Art. 11).',
  check: (context) => {
    const { policy, fields } = context;
    if (policy.retention?.optOutDeletionDays === undefined) return [];
    if (!fields.some((f) => f.rule.pseudonym !== undefined && isIdentifierField(f))) return [];
    if (statements(context).some((text) => mentions(text, DELETION_BASIS))) return [];
    return [{
      pointer: '/retention/optOutDeletionDays',
      severity: 'info',
      message:
        'Deletion after opt-out is promised while ids are pseudonymised, but the policy does not say whether a key or ' +
        'mapping finds the user’s records (then the data is plainly personal) or the user cannot be identified and GDPR ' +
        'Art. 11 is relied on (pitfall 11): state which in processing.claims.',
    }];
  },
};

const NO_TRANSFER = /\bno (?:cross-border |international |third-country )?transfers?\b|\b(?:never|not) (?:be )?transferred\b/i;

/** overclaim (pitfall 16): a transfer with no mechanism, or prose denying transfers the policy declares. */
export const overclaimTransfers: LintRule = {
  name: 'overclaim-transfers',
  code: 'overclaim',
  description: 'A `processing.transfers` entry without `mechanism`, or prose saying there are no transfers while some are declared.',
  check: ({ policy, texts }) => {
    const transfers = policy.processing?.transfers ?? [];
    const hits: LintHit[] = transfers.flatMap((transfer, i) =>
      transfer.mechanism
        ? []
        : [{
            pointer: `/processing/transfers/${i}/mechanism`,
            message:
              `The transfer to "${clip(transfer.to)}" names no mechanism, yet pseudonymised telemetry still needs a transfer ` +
              'basis (pitfall 16: GDPR Arts 44–46, NDPA s.41–43): add mechanism (adequacy, SCCs, BCRs or an NDPA s.43 ground).',
          }],
    );
    if (transfers.length === 0) return hits;
    for (const { pointer, text } of texts) {
      if (!mentions(text, NO_TRANSFER)) continue;
      hits.push({
        pointer,
        message: `${where(pointer)} says there are no transfers but processing.transfers declares ${transfers.length}: make them agree (pitfall 16).`,
      });
    }
    return hits;
  },
};

function clip(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 37)}...`;
}
