/**
 * Control → provision map, kept as data (from shared/reference/regulations.md §2).
 * Confidence marks: T = checked against the text, S = secondary sources only,
 * M = general knowledge, not re-checked. Reports must show them.
 */

/** A regulatory regime a policy can name. */
export type Regime = 'gdpr' | 'ccpa' | 'nigeria';
/** Citation confidence, as marked in the research. */
export type Confidence = 'T' | 'S' | 'M';

/** One provision a control supports in one regime. */
export interface Provision {
  readonly regime: Regime;
  readonly cite: string;
  readonly confidence: Confidence;
  /** Legacy cross-reference (NDPR 2019) rather than the operative instrument. */
  readonly legacy?: boolean;
}

/** A privacy control, the unit the reports give a verdict on. */
export interface Control {
  readonly id: ControlId;
  readonly title: string;
  readonly provisions: readonly Provision[];
  /** Per regime, where the control goes beyond what the law requires. */
  readonly exceeds?: Partial<Record<Regime, string>>;
}

/** Stable control ids, numbered as in the research table. */
export type ControlId =
  | 'allow-list' | 'prohibited-data' | 'pseudonymisation' | 'key-rotation' | 'aggregation'
  | 'sampling' | 'retention' | 'deletion-after-opt-out' | 'opt-in-default' | 'consent-record'
  | 'ci-dev-disable' | 'file-opt-out' | 'dnt-signal' | 'transparency' | 'audit-log' | 'dashboard'
  | 'privacy-notice' | 'tls' | 'authentication' | 'rate-limit' | 'fail-closed'
  | 'receiver-validation' | 'records-dpia' | 'transfers' | 'breach';

const p = (regime: Regime, cite: string, confidence: Confidence, legacy = false): Provision =>
  legacy ? { regime, cite, confidence, legacy } : { regime, cite, confidence };

/** The catalogue of controls with their provisions. */
export const CONTROLS: Readonly<Record<ControlId, Control>> = {
  'allow-list': {
    id: 'allow-list', title: 'Field allow-list (only declared fields leave the client)',
    provisions: [
      p('gdpr', 'Art. 5(1)(b)', 'T'), p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 25(2)', 'T'), p('gdpr', 'Art. 30(1)(c)', 'M'),
      p('ccpa', 'Cal. Civ. Code 1798.100(a)(1)', 'T'), p('ccpa', '1798.100(c)', 'T'), p('ccpa', '11 CCR § 7002', 'T'),
      p('nigeria', 'NDPA s.24(1)(b)', 'S'), p('nigeria', 'NDPA s.24(1)(c)', 'S'), p('nigeria', 'NDPR 2.1(1)(a)–(b)', 'T', true),
    ],
  },
  'prohibited-data': {
    id: 'prohibited-data', title: 'Prohibited fields and PII deny-list',
    provisions: [
      p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 4(1)', 'T'), p('gdpr', 'Recital 30', 'T'), p('gdpr', 'Art. 25(1)', 'T'), p('gdpr', 'Art. 9(1)', 'M'),
      p('ccpa', '1798.140(v)(1)(A)', 'T'), p('ccpa', '1798.140(ae)', 'T'), p('ccpa', '1798.121', 'T'),
      p('nigeria', 'NDPA s.24(1)(c)', 'S'), p('nigeria', 'NDPA s.30', 'T'), p('nigeria', 'NDPA s.65', 'S'), p('nigeria', 'NDPR 1.3', 'T', true),
    ],
  },
  pseudonymisation: {
    id: 'pseudonymisation', title: 'Pseudonymisation of identifiers (salted hash / HMAC)',
    provisions: [
      p('gdpr', 'Art. 4(5)', 'T'), p('gdpr', 'Recital 26', 'T'), p('gdpr', 'Art. 25(1)', 'T'), p('gdpr', 'Art. 32(1)(a)', 'T'),
      p('ccpa', '1798.140(aa)', 'T'), p('ccpa', '1798.140(aj)', 'T'),
      p('nigeria', 'NDPA s.39(2)(a)', 'T'), p('nigeria', 'NDPA s.65', 'S'),
    ],
  },
  'key-rotation': {
    id: 'key-rotation', title: 'Salt / key rotation and key separation',
    provisions: [
      p('gdpr', 'Art. 4(5)', 'T'), p('gdpr', 'Art. 32(1)(a)–(b)', 'T'), p('gdpr', 'Art. 11', 'T'),
      p('ccpa', '1798.140(aa)', 'T'), p('ccpa', '1798.100(e)', 'T'),
      p('nigeria', 'NDPA s.39(1)', 'T'), p('nigeria', 'NDPA s.39(2)(a), (e)–(g)', 'T'),
    ],
  },
  aggregation: {
    id: 'aggregation', title: 'Aggregation granularity and minimum cell size',
    provisions: [
      p('gdpr', 'Recital 26', 'T'), p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 5(1)(e)', 'T'), p('gdpr', 'Art. 89(1)', 'M'),
      p('ccpa', '1798.140(b)', 'T'), p('ccpa', '1798.140(w)', 'T'), p('ccpa', '1798.145(a) (deidentified/aggregate)', 'M'),
      p('nigeria', 'NDPA s.24(1)(c)–(d)', 'S'), p('nigeria', 'NDPA s.65', 'S'),
    ],
  },
  sampling: {
    id: 'sampling', title: 'Sampling rate',
    provisions: [
      p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 25(2)', 'T'),
      p('ccpa', '1798.100(c)', 'T'), p('ccpa', '11 CCR § 7002(d)(1)', 'T'),
      p('nigeria', 'NDPA s.24(1)(c)', 'S'),
    ],
  },
  retention: {
    id: 'retention', title: 'Retention tiers',
    provisions: [
      p('gdpr', 'Art. 5(1)(e)', 'T'), p('gdpr', 'Art. 25(2)', 'T'), p('gdpr', 'Art. 13(2)(a)', 'M'), p('gdpr', 'Art. 30(1)(f)', 'M'),
      p('ccpa', '1798.100(a)(3)', 'T'), p('ccpa', '11 CCR § 7152', 'S'),
      p('nigeria', 'NDPA s.24(1)(d)', 'S'), p('nigeria', 'NDPA s.27', 'S'), p('nigeria', 'NDPR 2.1(1)(c)', 'T', true),
    ],
  },
  'deletion-after-opt-out': {
    id: 'deletion-after-opt-out', title: 'Deletion after opt-out',
    provisions: [
      p('gdpr', 'Art. 7(3)', 'T'), p('gdpr', 'Art. 17(1)(b)', 'M'), p('gdpr', 'Art. 11', 'T'), p('gdpr', 'Art. 19', 'M'),
      p('ccpa', '1798.105(a)', 'T'), p('ccpa', '1798.105(c)(1)', 'T'),
      p('nigeria', 'NDPA s.34', 'S'), p('nigeria', 'NDPA s.35(1)', 'T'),
    ],
    exceeds: { ccpa: 'An opt-out of telemetry is not by itself a CCPA deletion request; 30-day deletion exceeds CCPA.' },
  },
  'opt-in-default': {
    id: 'opt-in-default', title: 'Opt-in by default (nothing sent until affirmative consent)',
    provisions: [
      p('gdpr', 'Art. 4(11)', 'T'), p('gdpr', 'Art. 6(1)(a)', 'M'), p('gdpr', 'Art. 7(1)–(2)', 'T'), p('gdpr', 'Art. 25(2)', 'T'),
      p('gdpr', 'ePrivacy Directive Art. 5(3)', 'T'),
      p('ccpa', '11 CCR § 7002(e)', 'T'), p('ccpa', '1798.140(h)', 'T'),
      p('nigeria', 'NDPA s.25(1)(a)', 'S'), p('nigeria', 'NDPA s.26(1)–(7)', 'T'), p('nigeria', 'NDPR 2.2, 2.3', 'S', true),
    ],
    exceeds: { ccpa: 'CCPA is an opt-out regime: opt-in exceeds what it generally requires.' },
  },
  'consent-record': {
    id: 'consent-record', title: 'Enable via explicit setting, with a consent record',
    provisions: [
      p('gdpr', 'Art. 7(1)', 'T'), p('gdpr', 'Art. 4(11)', 'M'),
      p('ccpa', '1798.140(h)', 'T'),
      p('nigeria', 'NDPA s.26(1)', 'T'), p('nigeria', 'NDPA s.26(4)', 'T'),
    ],
  },
  'ci-dev-disable': {
    id: 'ci-dev-disable', title: 'Auto-disable in CI and development environments',
    provisions: [
      p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 25(2)', 'T'), p('gdpr', 'Art. 5(1)(a)', 'M'),
      p('ccpa', '1798.100(c)', 'T'), p('ccpa', '11 CCR § 7002(b)', 'T'),
      p('nigeria', 'NDPA s.24(1)(a), (c)', 'S'),
    ],
    exceeds: { ccpa: 'CI auto-disable exceeds CCPA requirements.' },
  },
  'file-opt-out': {
    id: 'file-opt-out', title: 'File-based opt-out / withdrawal',
    provisions: [
      p('gdpr', 'Art. 7(3)', 'T'), p('gdpr', 'Art. 21(1)', 'T'),
      p('ccpa', '1798.135(c)(1)', 'T'), p('ccpa', '1798.120', 'T'),
      p('nigeria', 'NDPA s.35(2)', 'T'), p('nigeria', 'NDPA s.36', 'S'), p('nigeria', 'NDPR 2.3(2)(c)', 'T', true),
    ],
  },
  'dnt-signal': {
    id: 'dnt-signal', title: 'Honour DO_NOT_TRACK and similar signals',
    provisions: [
      p('gdpr', 'Art. 21(5)', 'T'), p('gdpr', 'Art. 7(3)', 'T'),
      p('ccpa', '11 CCR § 7025', 'T'), p('ccpa', '1798.135(b)', 'T'),
      p('nigeria', 'NDPA s.35', 'T'), p('nigeria', 'NDPA s.36', 'S'),
    ],
    exceeds: { ccpa: 'DO_NOT_TRACK is a community convention, not a § 7025 signal: honouring it is voluntary.' },
  },
  transparency: {
    id: 'transparency', title: 'Verbose/debug mode showing what is sent',
    provisions: [
      p('gdpr', 'Art. 12(1)', 'M'), p('gdpr', 'Art. 13', 'M'), p('gdpr', 'Art. 15(1), (3)', 'M'),
      p('ccpa', '1798.100(a)', 'T'), p('ccpa', '1798.110', 'T'),
      p('nigeria', 'NDPA s.27', 'T'), p('nigeria', 'NDPA s.34', 'S'),
    ],
  },
  'audit-log': {
    id: 'audit-log', title: 'Local audit log of transmissions',
    provisions: [p('gdpr', 'Art. 5(2)', 'T'), p('gdpr', 'Art. 5(1)(e)–(f)', 'T'), p('ccpa', '1798.110', 'M'), p('nigeria', 'NDPA s.24', 'S')],
  },
  dashboard: {
    id: 'dashboard', title: 'Dashboard of held data',
    provisions: [p('gdpr', 'Recital 63', 'M'), p('gdpr', 'Art. 15', 'M'), p('ccpa', '1798.110', 'T'), p('nigeria', 'NDPA s.34', 'S')],
  },
  'privacy-notice': {
    id: 'privacy-notice', title: 'Privacy notice for telemetry',
    provisions: [p('gdpr', 'Art. 13(1)–(2)', 'M'), p('ccpa', '1798.100(a)(1)–(3)', 'T'), p('nigeria', 'NDPA s.27', 'S'), p('nigeria', 'NDPR 2.5', 'S', true)],
  },
  tls: {
    id: 'tls', title: 'TLS / encryption in transit',
    provisions: [
      p('gdpr', 'Art. 5(1)(f)', 'T'), p('gdpr', 'Art. 32(1)(a)', 'T'), p('gdpr', 'Art. 32(2)', 'T'),
      p('ccpa', '1798.100(e)', 'T'), p('ccpa', '1798.81.5', 'M'),
      p('nigeria', 'NDPA s.39(2)(b)', 'T'), p('nigeria', 'NDPA s.39(2)(e)', 'T'), p('nigeria', 'NDPR 2.6', 'S', true),
    ],
  },
  authentication: {
    id: 'authentication', title: 'Authentication of clients at ingest',
    provisions: [p('gdpr', 'Art. 32(1)(b)', 'T'), p('gdpr', 'Art. 32(4)', 'T'), p('ccpa', '1798.100(e)', 'T'), p('nigeria', 'NDPA s.39(1)', 'T'), p('nigeria', 'NDPA s.39(2)(c)', 'T')],
  },
  'rate-limit': {
    id: 'rate-limit', title: 'Rate limiting / abuse protection',
    provisions: [p('gdpr', 'Art. 32(1)(b)', 'T'), p('gdpr', 'Art. 32(1)(d)', 'T'), p('ccpa', '1798.140(e)(2)', 'T'), p('nigeria', 'NDPA s.39(2)(c)–(d)', 'T')],
  },
  'fail-closed': {
    id: 'fail-closed', title: 'Fail-open app, fail-closed collection',
    provisions: [p('gdpr', 'Art. 25(2)', 'T'), p('gdpr', 'Art. 7(1)', 'M'), p('gdpr', 'Art. 32(1)(b)–(c)', 'T'), p('ccpa', '1798.100(c), (e)', 'T'), p('nigeria', 'NDPA s.24(1)(a), (f)', 'S')],
  },
  'receiver-validation': {
    id: 'receiver-validation', title: 'Receiver-side validation',
    provisions: [
      p('gdpr', 'Art. 25(1)', 'T'), p('gdpr', 'Art. 5(1)(c)', 'T'), p('gdpr', 'Art. 5(2)', 'T'), p('gdpr', 'Art. 32(1)(d)', 'T'), p('gdpr', 'Art. 28(3)', 'M'),
      p('ccpa', '1798.100(c), (d)', 'T'), p('ccpa', '11 CCR § 7002', 'T'),
      p('nigeria', 'NDPA s.24(1)(c)', 'S'), p('nigeria', 'NDPA s.29', 'T'), p('nigeria', 'NDPA s.39(2)(f)–(g)', 'T'),
    ],
  },
  'records-dpia': {
    id: 'records-dpia', title: 'Records, DPIA and evidence pack',
    provisions: [
      p('gdpr', 'Art. 5(2)', 'T'), p('gdpr', 'Art. 30(1)', 'M'), p('gdpr', 'Art. 35', 'T'),
      p('ccpa', '1798.185(a)(15)', 'T'), p('ccpa', '11 CCR §§ 7150–7157', 'S'),
      p('nigeria', 'NDPA s.28', 'T'), p('nigeria', 'GAID 2025 Art. 7', 'S'),
    ],
  },
  transfers: {
    id: 'transfers', title: 'Processors and cross-border transfers',
    provisions: [p('gdpr', 'Art. 28', 'M'), p('gdpr', 'Arts 44–46, 49', 'M'), p('ccpa', '1798.100(d)', 'T'), p('nigeria', 'NDPA s.41(1)', 'T'), p('nigeria', 'NDPA s.42', 'T'), p('nigeria', 'NDPA s.43', 'T')],
  },
  breach: {
    id: 'breach', title: 'Breach handling (ingest compromise, key or salt leak)',
    provisions: [p('gdpr', 'Art. 33', 'M'), p('gdpr', 'Art. 34', 'M'), p('ccpa', '1798.82', 'M'), p('nigeria', 'NDPA s.40', 'S')],
  },
};

/** The provisions of the given controls, optionally limited to some regimes. Deduplicated, in order. */
export function provisionsOf(controls: readonly ControlId[], regimes?: readonly Regime[]): Provision[] {
  const seen = new Set<string>();
  const out: Provision[] = [];
  for (const id of controls) {
    for (const provision of CONTROLS[id].provisions) {
      if (regimes && !regimes.includes(provision.regime)) continue;
      const key = `${provision.regime}|${provision.cite}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(provision);
    }
  }
  return out;
}
