import { where } from '../_text.js';
import type { LintHit, LintRule } from '../types.js';

/** "DO_NOT_TRACK satisfies consent", "opt-out is consent", "honouring DNT meets § 7025". */
const SIGNAL_AS_CONSENT =
  /(?:do[_ -]?not[_ -]?track|\bdnt\b|opt[- ]?outs?)\b[^.;]{0,80}?\b(?:satisf(?:y|ies|ied)|meets?|fulfil+s?|counts? as|(?:is|are) treated as|equals?|is|are|amounts? to|constitutes?)\s+(?:(?:a|an|the|valid|sufficient|user|our)\s+){0,2}(?:consent|§\s*7025|(?:section\s+)?7025|gpc|global privacy control)\b/i;
/** "CCPA requires opt-in", "opt-in as required by the CCPA". */
const CCPA_OPT_IN =
  /\b(?:ccpa|cpra)\b[^.;]{0,60}?\b(?:requires?|mandates?|demands?)\b[^.;]{0,30}?\bopt[- ]?in\b|\bopt[- ]?in\b[^.;]{0,40}?\b(?:required|mandated)\s+(?:by|under)\s+(?:the\s+)?(?:ccpa|cpra)\b/i;

/**
 * overclaim (pitfalls 6 and 7a): an opt-out or DO_NOT_TRACK treated as consent. Flags lawfulBasis
 * consent with telemetry on by default, and prose equating the signal with consent or § 7025.
 */
export const overclaimOptOutConsent: LintRule = {
  name: 'overclaim-opt-out-consent',
  code: 'overclaim',
  description: '`lawfulBasis: consent` with `consent.default: on`, or prose treating DO_NOT_TRACK / an opt-out as consent or a § 7025 signal.',
  check: ({ policy, texts }) => {
    const hits: LintHit[] = [];
    if (policy.processing?.lawfulBasis === 'consent' && policy.consent?.default === 'on') {
      const dnt = policy.consent.optOut?.doNotTrack === true ? 'DO_NOT_TRACK, ' : '';
      hits.push({
        pointer: '/processing/lawfulBasis',
        message:
          `The lawful basis is consent but telemetry is on by default, and an opt-out (${dnt}a file or an env var) is a ` +
          'withdrawal mechanism, not consent (pitfall 6: GDPR Art. 4(11), Recital 32; NDPA s.26; CCPA 1798.140(h)): ' +
          'switch the default off or name the basis actually relied on.',
      });
    }
    for (const { pointer, text } of texts) {
      if (!SIGNAL_AS_CONSENT.test(text)) continue;
      hits.push({
        pointer,
        message:
          `${where(pointer)} treats an opt-out signal as consent, but DO_NOT_TRACK or an opt-out file is an objection ` +
          'mechanism, not consent, and not a CCPA § 7025 opt-out preference signal (pitfalls 6 and 7a: GDPR Art. 4(11); ' +
          '11 CCR § 7025): describe it as an opt-out.',
      });
    }
    return hits;
  },
};

/** overclaim (pitfall 7a): prose claiming the CCPA requires opt-in. */
export const overclaimCcpaOptIn: LintRule = {
  name: 'overclaim-ccpa-opt-in',
  code: 'overclaim',
  description: 'Prose saying the CCPA requires opt-in consent for telemetry.',
  check: ({ texts }) =>
    texts
      .filter(({ text }) => CCPA_OPT_IN.test(text))
      .map(({ pointer }) => ({
        pointer,
        message:
          `${where(pointer)} says the CCPA requires opt-in, but it is a notice and opt-out regime where opt-in goes beyond ` +
          'what is required, except for sale/share of under-16s’ data or incompatible purposes (pitfall 7a: 1798.120(c), ' +
          '11 CCR § 7002(e)): present opt-in as exceeding the CCPA.',
      })),
};

/**
 * overclaim (pitfall 13, info): consent rests on an environment variable alone, which an admin, a CI
 * config or a shared dotfile can set for someone else, and no notice is shown before enabling.
 */
export const overclaimEnvConsent: LintRule = {
  name: 'overclaim-env-consent',
  code: 'overclaim',
  description: '`lawfulBasis: consent` whose only signal is `consent.enable` (an env var), without `consent.notice: true`.',
  check: ({ policy }) => {
    const consent = policy.consent;
    if (policy.processing?.lawfulBasis !== 'consent' || !consent?.enable || consent.notice === true) return [];
    return [{
      pointer: '/consent/enable',
      severity: 'info',
      message:
        `Consent rests on the environment variable ${consent.enable.env}, which an admin, a CI config or a shared ` +
        'dotfile can set for other people, and no notice is declared (pitfall 13: GDPR Art. 4(11), 7(1); NDPA s.26): ' +
        'show a notice before enabling and set consent.notice: true.',
    }];
  },
};
