import type { Regime } from '../findings/regulations.js';

/** What a report says that depends only on the regime (shared/reference/regulations.md §0, §2.1, §3, §5). */
export interface RegimeInfo {
  readonly heading: string;
  /** The DPIA / risk-assessment instrument the report is evidence for. */
  readonly instrument: string;
  readonly applicability: readonly { readonly label: string; readonly value: string }[];
  /** §2.1: how the lawful-basis and consent controls are presented for this regime. */
  readonly consentStance: string;
  /** §5: what the citations of this regime rest on. */
  readonly confidenceNotes: readonly string[];
}

/** Regime-specific text. Nigeria is NDPA 2023 / GAID 2025; NDPR numbers are legacy only. */
export const REGIME_INFO: Readonly<Record<Regime, RegimeInfo>> = {
  gdpr: {
    heading: 'GDPR (+ ePrivacy Directive Art. 5(3))',
    instrument: 'Data protection impact assessment evidence (GDPR Art. 35(7)(a)–(d))',
    applicability: [
      { label: 'Territorial scope', value: 'GDPR Art. 3 [M]: establishment in the EU, or offering to / monitoring people in the EU.' },
      { label: 'Device access', value: 'A client SDK or CLI that reads device or app information and sends it home is "gaining access" under ePrivacy Directive Art. 5(3) [T]: prior consent unless strictly necessary, whether or not the data is personal (EDPB Guidelines 2/2023 v2.0). Name the national implementing law (e.g. FR Art. 82 LIL, UK PECR reg. 6) for the markets served.' },
      { label: 'DPIA screening', value: 'Art. 35(1), (3) [T] and the nine WP248 criteria [S]: a minimised, pseudonymised, opt-in pipeline often meets at most one (large scale; arguably systematic monitoring), so a DPIA may be optional. Record the screening either way (Art. 5(2) [T]).' },
    ],
    consentStance:
      'Opt-in consent is required for client-side telemetry (ePrivacy Art. 5(3)) unless a documented national carve-out applies (FR CNIL audience-measurement exemption; UK DUAA statistical exception), whose conditions must then be listed. Server-side-only telemetry may rest on Art. 6(1)(f) with a legitimate-interests assessment and the Art. 21 objection route.',
    confidenceNotes: [
      'Articles marked [M] (e.g. Art. 6, 9, 12–13, 15, 17, 19, 28, 30, 33–34, 44–49, 89) are from general knowledge: numbering is stable but sub-point letters were not re-read.',
      'Verbatim checks were made for Art. 4(5), 5, 7(3), 11, 21, 25, 32, 35(7) and Recitals 26 and 30.',
      'EDPB Guidelines 01/2025 on pseudonymisation were seen as the consultation draft of 16 Jan 2025; CJEU C-413/23 P (EDPS v SRB) holdings come from the press release and commentary [S].',
    ],
  },
  ccpa: {
    heading: 'CCPA / CPRA (+ 11 CCR § 7000 ff.)',
    instrument: 'Risk-assessment evidence (Cal. Civ. Code 1798.185(a)(15)(B); 11 CCR §§ 7150–7157)',
    applicability: [
      { label: 'Applicability thresholds', value: 'The CCPA binds only a "business" (1798.140(d)) [T]: gross revenue above $25M (CPI-adjusted), or 100,000+ consumers or households bought, sold or shared, or 50%+ of revenue from selling or sharing. This tool cannot see these figures: confirm them.' },
      { label: 'Risk assessment (§ 7150(b))', value: 'Triggered by selling or sharing PI, processing sensitive PI, ADMT for significant decisions, or the listed inference uses [S]. A minimised first-party telemetry pipeline usually triggers none: the report then says "risk assessment not triggered" and makes no claim of compliance.' },
      { label: 'Cybersecurity audit (§§ 7120–7124)', value: 'Applies at 50%+ revenue from selling/sharing, or above the adjusted revenue threshold (about $26.6M) with PI of 250,000+ consumers or SPI of 50,000+ consumers [S]. Large telemetry user bases can cross it: check separately.' },
    ],
    consentStance:
      'The CCPA is notice and opt-out: opt-in, an env-var enable, CI auto-disable and DO_NOT_TRACK exceed it. The controls it requires are notice at collection (1798.100(a)), minimisation (1798.100(c), § 7002), security (1798.100(e)), deletion on request (1798.105) and service-provider contracts (1798.100(d)); GPC / § 7025 only where there is sale or sharing.',
    confidenceNotes: [
      '1798.140 definition letters, 1798.100(a)–(e), 1798.105, 1798.120, 1798.121, 1798.135 and 1798.185 were checked against the CPRA initiative text (Prop. 24, 2020); later clean-up bills may have shifted sub-letters.',
      'The 1798.145 deidentified/aggregate exemption is (a)(6) in the initiative text and possibly (a)(1)(F) as codified: cited as "1798.145(a)" until checked.',
      'CPPA 2025 regulations (§§ 7120–7124, 7150–7157) come from law-firm summaries, not the adopted text [S]; §§ 7004, 7011–7012, 7022, 7051 are [M].',
    ],
  },
  nigeria: {
    heading: 'NDPA 2023 / GAID 2025',
    instrument: 'Data privacy impact assessment evidence (NDPA 2023 s.28; GAID 2025)',
    applicability: [
      { label: 'Operative law', value: 'Nigeria Data Protection Act 2023 and the NDPC General Application and Implementation Directive (GAID) 2025, in effect since 19 Sep 2025. The NDPR 2019 and its 2020 Implementation Framework ceased to be operative (GAID Art. 3(3)) [S]; NDPR numbers appear only as legacy cross-references for audits predating that date.' },
      { label: 'Scope', value: 'NDPA s.2 [T]: processing by controllers or processors domiciled, resident or operating in Nigeria, or processing of data subjects in Nigeria.' },
      { label: 'DPIA screening', value: 'NDPA s.28(1) [T]: a DPIA is required before processing likely to result in high risk; GAID lists WP248-like mandatory scenarios [S]. If high risk remains, consult the NDPC before processing.' },
    ],
    consentStance:
      'Consent (s.25(1)(a), s.26) or legitimate interests (s.25) is the basis; silence is not consent and the controller bears the burden of proof (s.26). Withdrawing must be as easy as giving consent (s.35(2)). Cross-border transfer (s.41–43) is almost always triggered when the receiver is hosted outside Nigeria.',
    confidenceNotes: [
      'Verified NDPA text: s.2, s.26, s.28(1), s.35, s.39(2)(a)–(g), s.41(1), s.42, s.43.',
      'Secondary sources only: s.24 sub-paragraph letters, s.25, s.27 contents, s.34 rights, s.36, s.40, s.65 definitions; GAID dates and Art. 3(3), Art. 7 [S]. The GAID DPIA article, "Schedule 4" template and 4/6-month deadlines are unverified.',
      'NDPR 2019 numbers are legacy only; no DPIA article was found in the NDPR itself ("NDPR 4.2 = DPIA" could not be verified).',
    ],
  },
};

/** The banner every report carries. */
export const REVIEW_BANNER =
  'Requires review by counsel / the DPO. This is evidence generated from a policy file and an automated run, not legal advice; ' +
  'citations carry confidence marks and some were not checked against the text.';
