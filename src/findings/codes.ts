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
} as const satisfies Record<string, CodeInfo>;

/** A finding code from the catalogue. */
export type FindingCode = keyof typeof CODES;

/** All codes, in catalogue order. */
export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

/** Catalogue entry of a code. */
export function codeInfo(code: FindingCode): CodeInfo {
  return CODES[code];
}
