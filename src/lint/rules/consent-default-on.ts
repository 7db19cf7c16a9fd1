import { statements } from '../_context.js';
import { mentions } from '../_text.js';
import type { LintContext, LintHit, LintRule } from '../types.js';

/** Documented national carve-outs from prior consent (regulations.md §2.1). */
const CARVE_OUT = /carve-?out|audience[- ]measurement|consent[- ]exempt|\bPECR\b|\bDUAA\b|statistical[- ](?:purpose )?exception|Art(?:icle)?\.?\s*82\b/i;

/**
 * consent-default-on: with GDPR selected, telemetry on by default (error), or no statement that it
 * is off until enabled (warning), unless the policy documents a national carve-out. A policy whose
 * lawful basis is not consent (server-side telemetry under Art. 6(1)(f)) and that has no consent
 * block is left alone; `consent.default: on` is flagged whatever the basis (ePrivacy Art. 5(3)).
 */
export const consentDefaultOn: LintRule = {
  name: 'consent-default-on',
  code: 'consent-default-on',
  description: 'GDPR is selected and telemetry is on by default, or the policy does not say it is off until enabled.',
  check: (context) => {
    const { policy } = context;
    if (!policy.regulations?.includes('gdpr') || hasCarveOut(context)) return [];
    const consent = policy.consent;
    const basis = policy.processing?.lawfulBasis;
    const reliesOnConsent = basis === undefined || basis === 'consent';
    const hits: LintHit[] = [];
    if (consent?.default === 'on') {
      hits.push({
        pointer: '/consent/default',
        message:
          'Telemetry is on by default while GDPR is selected, but client-side telemetry needs prior opt-in ' +
          '(ePrivacy Art. 5(3), GDPR Art. 4(11), Recital 32): set consent.default: off with an enable switch, ' +
          'or document the national carve-out relied on.',
      });
    } else if (consent === undefined && reliesOnConsent) {
      hits.push({
        pointer: '/consent',
        severity: 'warning',
        message:
          'GDPR is selected but the policy has no consent block, so nothing shows telemetry stays off until the ' +
          'user opts in (ePrivacy Art. 5(3)): add consent with default: off and an enable switch.',
      });
    } else if (consent !== undefined && consent.default === undefined && consent.enable === undefined && reliesOnConsent) {
      hits.push({
        pointer: '/consent/default',
        severity: 'warning',
        message:
          'GDPR is selected but the consent block declares neither a default nor an enable switch, so opt-in ' +
          'cannot be checked: set consent.default: off and consent.enable.',
      });
    }
    return hits;
  },
};

function hasCarveOut(context: LintContext): boolean {
  return statements(context).some((text) => mentions(text, CARVE_OUT));
}
