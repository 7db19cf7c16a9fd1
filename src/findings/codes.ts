import type { ControlId } from './regulations.js';

/** How serious a finding is; `--fail-on` compares against it. */
export type Severity = 'error' | 'warning' | 'info';

/** Which part of the tool raises a code. */
export type CodeStage = 'validate' | 'detect' | 'lint' | 'receiver' | 'emitter' | 'diff';

/** Catalogue entry: everything the docs, SARIF rules and reports say about a code. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly stage: CodeStage;
  /** Short title, used as the SARIF rule name. */
  readonly title: string;
  /** What the code means and how to fix it (SARIF help text, docs). */
  readonly help: string;
  /** The privacy controls the code is evidence for. */
  readonly controls: readonly ControlId[];
}

/**
 * The one catalogue of finding codes. A code never changes meaning once published;
 * docs/codes.md lists them all (a test checks that).
 */
export const CODES = {
  'unknown-field': {
    severity: 'error', stage: 'validate', title: 'Field not in the allow-list',
    help: 'The record carries a field the policy does not declare. Remove it from the emitter, or declare it in the policy with its purpose.',
    controls: ['allow-list', 'receiver-validation'],
  },
  'missing-field': {
    severity: 'error', stage: 'validate', title: 'Required field missing',
    help: 'A field the policy marks `required: true` is absent from the record.',
    controls: ['allow-list'],
  },
  'invalid-value': {
    severity: 'error', stage: 'validate', title: 'Value does not match the declared type or constraint',
    help: 'The value breaks the field rule (type, enum, pattern, bounds, length or format).',
    controls: ['allow-list', 'receiver-validation'],
  },
  'prohibited-field': {
    severity: 'error', stage: 'validate', title: 'Prohibited field present',
    help: 'A field the policy prohibits (names are compared normalised: userId = user_id = UserID), or a well-known OpenTelemetry attribute that carries personal data, is present at any depth.',
    controls: ['prohibited-data', 'allow-list'],
  },
  'not-pseudonymised': {
    severity: 'error', stage: 'validate', title: 'Pseudonym field is not a pseudonym',
    help: 'A field declared with `pseudonym` does not hold a value of the declared form (e.g. a 64-hex HMAC-SHA256); the raw identifier may be leaking.',
    controls: ['pseudonymisation', 'key-rotation'],
  },
  'too-precise-timestamp': {
    severity: 'error', stage: 'validate', title: 'Timestamp finer than the declared granularity',
    help: 'A field declared with `granularity` holds a time finer than allowed (e.g. seconds where only the day is allowed).',
    controls: ['aggregation', 'allow-list'],
  },
  'sample-rate-out-of-range': {
    severity: 'error', stage: 'validate', title: 'Sample rate outside the declared range',
    help: 'The record’s sample rate lies outside `sampling.min`..`sampling.max`.',
    controls: ['sampling'],
  },
  'consent-flag-missing': {
    severity: 'error', stage: 'validate', title: 'Consent flag missing',
    help: 'The policy requires a consent flag in every payload (`consent.payloadFlag`), and this record has none.',
    controls: ['opt-in-default', 'consent-record', 'receiver-validation'],
  },
  'opted-out-payload': {
    severity: 'error', stage: 'validate', title: 'Payload sent while the consent flag is false',
    help: 'The record says the user did not opt in, yet it was sent. Emitters must not send it; receivers must discard it.',
    controls: ['opt-in-default', 'deletion-after-opt-out', 'receiver-validation'],
  },
  'pii-value': {
    severity: 'error', stage: 'detect', title: 'Personal data in a value',
    help: 'A detector found personal data (the entity is named) inside a value, possibly disguised (encoded, in a URL, in free text). Evidence is masked.',
    controls: ['prohibited-data'],
  },
  'secret-value': {
    severity: 'error', stage: 'detect', title: 'Secret in a value',
    help: 'A live credential (API key, token, password, JWT) was found in a value. Rotate it and stop sending it.',
    controls: ['prohibited-data', 'breach'],
  },
  'unsalted-hash': {
    severity: 'error', stage: 'detect', title: 'Unsalted hash of personal data',
    help: 'An unsalted md5/sha1/sha256 of an email is reversible by enumeration: it is personal data, not a pseudonym. Use a keyed HMAC with a server-held key.',
    controls: ['pseudonymisation', 'prohibited-data'],
  },
  'custom-pattern': {
    severity: 'error', stage: 'detect', title: 'Policy pattern matched',
    help: 'A value matched one of the policy’s own named patterns (`prohibited.patterns`).',
    controls: ['prohibited-data'],
  },
  'policy-conflict': {
    severity: 'error', stage: 'lint', title: 'Field both allowed and prohibited',
    help: 'A field name (normalised) is in `fields` and in `prohibited.fields`; the policy contradicts itself.',
    controls: ['allow-list', 'prohibited-data'],
  },
  'pseudonym-without-key': {
    severity: 'warning', stage: 'lint', title: 'Pseudonym with no key or salt',
    help: 'A `pseudonym` declares a hash with no `key` or `salt`: a plain hash of an identifier is reversible by enumeration.',
    controls: ['pseudonymisation', 'key-rotation'],
  },
  'consent-default-on': {
    severity: 'error', stage: 'lint', title: 'Consent on by default where GDPR applies',
    help: 'Client-side telemetry needs prior opt-in in the EU (ePrivacy Art. 5(3), GDPR Art. 4(11), Recital 32): `consent.default: on` with GDPR selected is not consent.',
    controls: ['opt-in-default'],
  },
  'retention-missing': {
    severity: 'warning', stage: 'lint', title: 'No retention declared',
    help: 'The policy declares no retention period; storage limitation needs one per category.',
    controls: ['retention'],
  },
  'redos-pattern': {
    severity: 'error', stage: 'lint', title: 'Pattern prone to catastrophic backtracking',
    help: 'A `pattern` has nested or overlapping quantifiers; a hostile value could stall the validator. Rewrite it without nested quantifiers.',
    controls: ['receiver-validation', 'rate-limit'],
  },
  'overclaim': {
    severity: 'warning', stage: 'lint', title: 'The policy claims more than the law supports',
    help: 'The policy text or settings make a claim the law does not support (e.g. "hashed = anonymous", "aggregated = anonymous" without a minimum count, DO_NOT_TRACK as consent, NDPR cited as current).',
    controls: ['records-dpia'],
  },
  'free-text-unguarded': {
    severity: 'warning', stage: 'lint', title: 'Free-form string field without a constraint',
    help: 'An allowed string field has no enum, pattern, format or maxLength; free text routinely carries names, paths and tokens.',
    controls: ['prohibited-data', 'receiver-validation'],
  },
  'receiver-accepted-violation': {
    severity: 'error', stage: 'receiver', title: 'Receiver accepted a non-compliant payload',
    help: 'The receiver answered with an accept status to a payload that breaks the policy.',
    controls: ['receiver-validation'],
  },
  'receiver-rejected-valid': {
    severity: 'error', stage: 'receiver', title: 'Receiver rejected a compliant payload',
    help: 'The receiver refused a payload that conforms to the policy.',
    controls: ['receiver-validation'],
  },
  'receiver-error': {
    severity: 'error', stage: 'receiver', title: 'Receiver failed',
    help: 'The receiver answered 5xx, timed out, reset the connection or returned a stack trace.',
    controls: ['receiver-validation', 'rate-limit'],
  },
  'receiver-stored-violation': {
    severity: 'error', stage: 'receiver', title: 'Receiver stored a non-compliant record',
    help: 'The receiver’s inspection endpoint lists a record that breaks the policy.',
    controls: ['receiver-validation', 'retention'],
  },
  'egress-without-consent': {
    severity: 'error', stage: 'emitter', title: 'Emitter sent data without consent',
    help: 'The emitter made requests in a scenario where consent is absent or withdrawn.',
    controls: ['opt-in-default', 'ci-dev-disable', 'file-opt-out', 'dnt-signal', 'fail-closed'],
  },
  'consent-not-honoured': {
    severity: 'warning', stage: 'emitter', title: 'Emitter sent nothing although consent was given',
    help: 'The emitter made no request in a scenario where consent was given.',
    controls: ['consent-record'],
  },
  'state-written-without-consent': {
    severity: 'error', stage: 'emitter', title: 'Emitter wrote state while telemetry was off',
    help: 'A file appeared under HOME while telemetry was off (e.g. an id file): storing on the device needs consent.',
    controls: ['opt-in-default', 'fail-closed'],
  },
  'canary-leak': {
    severity: 'error', stage: 'emitter', title: 'Canary personal value left the device',
    help: 'A fake personal value handed to the emitter was found in what it sent (raw, encoded or hashed).',
    controls: ['prohibited-data', 'pseudonymisation'],
  },
  'collection-field-added': {
    severity: 'error', stage: 'diff', title: 'Policy change adds a field to collection',
    help: 'The head policy allows a field the base policy did not: collection expands. A field marked personal, a pseudonym or one with an entity-like name (email, ip, user id) is personal data. Revisit the DPIA (GDPR Art. 35(11); a new field is a review-plan trigger) and the notice at collection.',
    controls: ['allow-list'],
  },
  'field-loosened': {
    severity: 'error', stage: 'diff', title: 'Policy change loosens a field rule',
    help: 'A field rule admits more than before: entities allowed, pseudonym removed or weakened, granularity made finer, enum/pattern/format/length or bounds widened, or undeclared fields no longer rejected.',
    controls: ['allow-list'],
  },
  'prohibition-removed': {
    severity: 'error', stage: 'diff', title: 'Policy change removes a prohibition',
    help: 'A prohibited field, entity, pattern or the built-in list of personal OpenTelemetry attributes is no longer prohibited.',
    controls: ['prohibited-data'],
  },
  'retention-lengthened': {
    severity: 'error', stage: 'diff', title: 'Policy change lengthens retention',
    help: 'A retention tier (detail, aggregate, opt-out deletion, logs, backups, audit log) is longer than before or no longer bounded. Periods are compared in days.',
    controls: ['retention'],
  },
  'sampling-raised': {
    severity: 'error', stage: 'diff', title: 'Policy change raises the sampling rate',
    help: 'The minimum or maximum sampling rate is higher than before (or no longer bounded): more events are collected.',
    controls: ['sampling'],
  },
  'aggregation-loosened': {
    severity: 'error', stage: 'diff', title: 'Policy change loosens aggregation',
    help: 'The aggregation window is finer, the minimum count is lower or gone, or dimensions were added: smaller cells can single people out (Recital 26).',
    controls: ['aggregation'],
  },
  'consent-loosened': {
    severity: 'error', stage: 'diff', title: 'Policy change loosens consent',
    help: 'Consent is weaker: default on, more enable values, opt-outs (env, CI, dev, files, DO_NOT_TRACK) dropped, enable-wins precedence, or the payload consent flag, consent record or notice removed.',
    controls: ['opt-in-default', 'consent-record'],
  },
  'recipient-added': {
    severity: 'error', stage: 'diff', title: 'Policy change adds a recipient or processor',
    help: 'A new recipient or processor receives the telemetry, or it is now sold or shared. Name recipients in the notice and revisit the DPIA.',
    controls: ['transfers', 'privacy-notice'],
  },
  'transfer-added': {
    severity: 'error', stage: 'diff', title: 'Policy change adds a cross-border transfer',
    help: 'The telemetry now goes to a new country or region; check the transfer mechanism (GDPR Chapter V, NDPA s.41–43).',
    controls: ['transfers'],
  },
  'market-added': {
    severity: 'error', stage: 'diff', title: 'Policy change adds a market or data subjects',
    help: 'The telemetry now reaches users in a new market or a new category of data subjects (a new-region review-plan trigger).',
    controls: ['privacy-notice', 'transfers'],
  },
  'lawful-basis-changed': {
    severity: 'error', stage: 'diff', title: 'Policy change changes the lawful basis',
    help: 'The lawful basis for the processing changed; the notice, consent mechanism and DPIA must follow.',
    controls: ['opt-in-default', 'privacy-notice'],
  },
  'regime-added': {
    severity: 'error', stage: 'diff', title: 'Policy change adds a regulatory regime',
    help: 'The policy now names a regime it did not (new jurisdiction or region): its provisions apply to the collection.',
    controls: ['privacy-notice'],
  },
  'identifiability-strengthened': {
    severity: 'error', stage: 'diff', title: 'Policy change claims the data is less identifiable',
    help: 'The identifiability claim moved towards anonymous (e.g. pseudonymised → anonymous). The claim needs evidence (singling out, linkability, inference); hashed or aggregated is not anonymous by itself.',
    controls: ['pseudonymisation', 'aggregation'],
  },
  'safeguard-weakened': {
    severity: 'warning', stage: 'diff', title: 'Policy change weakens a transport safeguard',
    help: 'TLS or client authentication is weaker, or the rate limit or local audit log is no longer declared. It does not add to collection but raises the risk to what is collected.',
    controls: ['tls', 'authentication', 'rate-limit', 'audit-log'],
  },
  'policy-changed': {
    severity: 'info', stage: 'diff', title: 'Policy change to review',
    help: 'A policy key changed in a way the diff cannot classify as adding to or reducing collection (e.g. a pattern replaced, a purpose reworded). A person should review it.',
    controls: ['records-dpia'],
  },
} as const satisfies Record<string, CodeInfo>;

/** A finding code from the catalogue. */
export type FindingCode = keyof typeof CODES;

/** All codes, in catalogue order. */
export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

/** Catalogue entry of a code. */
export function codeInfo(code: FindingCode): CodeInfo {
  return CODES[code];
}
