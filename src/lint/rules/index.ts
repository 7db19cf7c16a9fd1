import type { LintRule } from '../types.js';
import { consentDefaultOn } from './consent-default-on.js';
import { freeTextUnguarded } from './free-text-unguarded.js';
import { overclaimCcpaOptIn, overclaimEnvConsent, overclaimOptOutConsent } from './overclaim-consent.js';
import { overclaimAggregate, overclaimDeletion, overclaimTransfers } from './overclaim-data.js';
import { overclaimAnonymousIds, overclaimDeidentified, overclaimRotation } from './overclaim-identity.js';
import { overclaimNdpr, overclaimNoDpia, overclaimNoIp, overclaimProposals, overclaimSampling } from './overclaim-text.js';
import { policyConflict } from './policy-conflict.js';
import { pseudonymClientKey, pseudonymUnkeyed } from './pseudonym.js';
import { redosPattern } from './redos-pattern.js';
import { retentionMissing, retentionSingleTier } from './retention.js';

/** The lint ruleset: every rule `lintPolicy` runs, in catalogue order of their codes. */
export const LINT_RULES: readonly LintRule[] = [
  policyConflict,
  pseudonymUnkeyed,
  pseudonymClientKey,
  consentDefaultOn,
  retentionMissing,
  retentionSingleTier,
  redosPattern,
  overclaimAnonymousIds,
  overclaimRotation,
  overclaimDeidentified,
  overclaimAggregate,
  overclaimDeletion,
  overclaimTransfers,
  overclaimOptOutConsent,
  overclaimCcpaOptIn,
  overclaimEnvConsent,
  overclaimNdpr,
  overclaimSampling,
  overclaimNoDpia,
  overclaimProposals,
  overclaimNoIp,
  freeTextUnguarded,
];
