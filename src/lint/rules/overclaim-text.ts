import { where } from '../_text.js';
import type { LintContext, LintRule } from '../types.js';

/** A prose-only over-claim: a pattern, an optional excuse that clears it, and the sentence to report. */
interface ProseCheck {
  readonly name: string;
  readonly description: string;
  readonly claim: RegExp;
  /** Same text also saying this clears the claim (e.g. "NDPR (legacy)"). */
  readonly cleared?: RegExp;
  readonly severity?: 'info';
  readonly message: (at: string) => string;
}

function proseRule(spec: ProseCheck): LintRule {
  return {
    name: spec.name,
    code: 'overclaim',
    description: spec.description,
    check: ({ texts }: LintContext) =>
      texts
        .filter(({ text }) => spec.claim.test(text) && !(spec.cleared?.test(text) ?? false))
        .map(({ pointer }) => ({ pointer, message: spec.message(where(pointer)), ...(spec.severity ? { severity: spec.severity } : {}) })),
  };
}

/** overclaim (pitfall 9): NDPR cited as the Nigerian framework. */
export const overclaimNdpr = proseRule({
  name: 'overclaim-ndpr',
  description: 'Prose citing the NDPR without the NDPA / GAID or a legacy mark.',
  claim: /\bNDPR\b|Nigeria(?:n|'s)? Data Protection Regulation/i,
  cleared: /\bNDPA\b|\bGAID\b|legacy|former|superseded|replaced|repealed/i,
  message: (at) =>
    `${at} cites the NDPR as the Nigerian framework, but it stopped being operative when GAID 2025 took effect on ` +
    '19 Sep 2025 (pitfall 9: GAID Art. 3(3)): cite NDPA 2023 / GAID 2025 and keep the NDPR as a legacy reference.',
});

/** overclaim (pitfall 18): sampling presented as making data anonymous. */
export const overclaimSampling = proseRule({
  name: 'overclaim-sampling-anonymous',
  description: 'Prose saying sampling makes the data anonymous.',
  claim:
    /\bsampl\w*\b[^.;]{0,60}?\b(?:therefore|thus|hence|so|makes?|making|ensures?|guarantees?|renders?)\b[^.;]{0,40}?\b(?:anonym\w*|unidentifiable|not identifiable|untraceable)|\b(?:anonym\w*|unidentifiable)\b[^.;]{0,40}?\b(?:because|since|as|due to|through|thanks to|by|via)\b[^.;]{0,30}?\bsampl/i,
  message: (at) =>
    `${at} presents sampling as making data anonymous, but sampling reduces volume, not how identifiable a sampled ` +
    'record is (pitfall 18: GDPR Recital 26, Art. 5(1)(c)): present it as data minimisation only.',
});

/** overclaim (pitfall 10): "no DPIA needed" asserted in the policy. */
export const overclaimNoDpia = proseRule({
  name: 'overclaim-no-dpia',
  description: 'Prose saying no DPIA / risk assessment is needed.',
  claim: /\bno (?:need for (?:an? )?)?(?:DPIA|impact assessment|risk assessment)\b|\b(?:DPIA|impact assessment|risk assessment)s? (?:is |are )?(?:not|un)(?:needed|necessary|required)\b/i,
  message: (at) =>
    `${at} says no DPIA is needed, but the identifiability conclusion is itself the main risk question and the ` +
    'screening must be recorded (pitfall 10: GDPR Art. 5(2), Art. 35; NDPA s.28): record the screening, and for CCPA ' +
    'say "risk assessment not triggered (§ 7150)".',
});

/** overclaim (pitfall 17): proposals cited as law. */
export const overclaimProposals = proseRule({
  name: 'overclaim-proposals-as-law',
  description: 'Prose citing the Digital Omnibus proposal (COM(2025) 837, Arts 88a/88b) without calling it a proposal.',
  claim: /\bdigital omnibus\b|\bCOM\s*\(2025\)\s*837\b|\bart(?:icle)?s?\.?\s*88[ab]\b/i,
  cleared: /\bpropos|\bdraft\b|\bpending\b/i,
  message: (at) =>
    `${at} cites the Digital Omnibus (COM(2025) 837, Arts 88a/88b), which is a proposal, not law (pitfall 17): ` +
    'cite the GDPR and ePrivacy Directive in force, and mark the Omnibus as proposed.',
});

/** overclaim (pitfall 5, info): "we do not collect IP addresses" with no word on edge handling. */
export const overclaimNoIp = proseRule({
  name: 'overclaim-no-ip',
  description: 'Prose saying IP addresses are not collected, without saying how the edge truncates or discards them.',
  claim: /\b(?:no|never|not|don't|do not|without)\b[^.;]{0,40}?\b(?:IPs?|IP address(?:es)?|IPv[46] address(?:es)?)\b/i,
  cleared: /truncat|discard|strip|drop|anonymi[sz]e(?:s|d)? (?:the )?IP|at the edge|load balancer|logs? (?:are|is) (?:kept|retained|deleted|purged)|log retention/i,
  severity: 'info',
  message: (at) =>
    `${at} says IP addresses are not collected, but the receiver, load balancer or CDN still sees and often logs ` +
    'them (pitfall 5: GDPR Recital 30; CCPA 1798.140(v)(1)(A)): say how the edge truncates or discards them and how long logs are kept.',
});
