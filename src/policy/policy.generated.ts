/* eslint-disable */
/**
 * DO NOT EDIT. Generated from schemas/policy.schema.json by `npm run gen`.
 * `npm run gen:check` (part of `npm test`) fails when this file is stale.
 */

/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Regime".
 */
export type Regime = 'gdpr' | 'ccpa' | 'nigeria';
/**
 * Envelope decoder for payloads (auto detects).
 *
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Format".
 */
export type Format = 'auto' | 'json' | 'ndjson' | 'posthog' | 'segment' | 'otlp';
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "JsonType".
 */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "UnknownFields".
 */
export type UnknownFields = 'reject' | 'warn' | 'allow';
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Granularity".
 */
export type Granularity = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Entity".
 */
export type Entity =
  | 'EMAIL'
  | 'PHONE'
  | 'IP_ADDRESS'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'PERSON_NAME'
  | 'STREET_ADDRESS'
  | 'GEO_COORDINATES'
  | 'JWT'
  | 'API_KEY'
  | 'PASSWORD'
  | 'UUID_USER_ID'
  | 'MAC_ADDRESS'
  | 'USER_AGENT'
  | 'DATE_OF_BIRTH'
  | 'UNSALTED_HASH_OF_EMAIL'
  | 'URL_WITH_PII_QUERY'
  | 'FILE_PATH_WITH_USERNAME';

/**
 * A telemetry privacy policy: what may be collected, how, under which consent, for how long.
 */
export interface TelemetryPolicy {
  /**
   * Policy id (kebab-case).
   */
  policy: string;
  title?: string;
  description?: string;
  version?: string;
  /**
   * Where the policy comes from (document, ADR, URL).
   */
  source?: string;
  regulations?: Regime[];
  processing?: Processing;
  format?: Format;
  fields: FieldMap;
  unknownFields?: UnknownFields;
  prohibited?: Prohibited;
  consent?: Consent;
  retention?: Retention;
  sampling?: Sampling;
  aggregation?: Aggregation;
  transport?: Transport;
  receiver?: Receiver;
  /**
   * Rules of the source document that the language cannot yet express (kept for the report).
   */
  notExpressed?: string[];
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Processing".
 */
export interface Processing {
  purpose?: string;
  lawfulBasis?:
    'consent' | 'legitimate-interests' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task';
  controller?: string;
  dpo?: string;
  dataSubjects?: string[];
  processors?: string[];
  recipients?: string[];
  transfers?: {
    /**
     * Country or region of the recipient.
     */
    to: string;
    /**
     * Adequacy, SCCs, BCRs, NDPA s.43 ground…
     */
    mechanism?: string;
  }[];
  /**
   * Where users are (e.g. EU, US-CA, NG).
   */
  markets?: string[];
  /**
   * Identifiability status claimed for the stored data.
   */
  identifiability?: 'personal' | 'pseudonymised' | 'ccpa-deidentified' | 'aggregate' | 'anonymous';
  /**
   * Statements the policy makes to users, checked for over-claims (e.g. 'anonymous by design').
   */
  claims?: string[];
  sellOrShare?: boolean;
  /**
   * Where the privacy notice lives.
   */
  notice?: string;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "FieldMap".
 */
export interface FieldMap {
  [k: string]: FieldRule;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "FieldRule".
 */
export interface FieldRule {
  type?: JsonType | [JsonType, ...JsonType[]];
  description?: string;
  purpose?: string;
  required?: boolean;
  nullable?: boolean;
  /**
   * @minItems 1
   */
  enum?: [string | number | number | boolean | null, ...(string | number | number | boolean | null)[]];
  const?: string | number | boolean | null;
  pattern?: string;
  format?: 'date-time' | 'date' | 'time' | 'uuid' | 'uri' | 'hostname' | 'ipv4' | 'ipv6' | 'email';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  fields?: FieldMap;
  unknownFields?: UnknownFields;
  items?: FieldRule;
  pseudonym?: Pseudonym;
  granularity?: Granularity;
  /**
   * The field holds personal data: its value is never shown.
   */
  personal?: boolean;
  /**
   * Entities this field may legitimately carry (detectors stay quiet for them here).
   */
  allowEntities?: Entity[];
  /**
   * This field carries the sampling rate checked against `sampling`.
   */
  sampleRate?: boolean;
  /**
   * This field carries the consent flag (same as consent.payloadFlag).
   */
  consentFlag?: boolean;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Pseudonym".
 */
export interface Pseudonym {
  /**
   * How the identifier is replaced: keyed hash, salted hash, plain hash, or a random id (e.g. a UUID regenerated daily).
   */
  method: 'hmac-sha256' | 'salted-sha256' | 'sha256' | 'uuid' | 'random-id';
  encoding?: 'hex' | 'base64' | 'base64url';
  /**
   * Truncated length of the encoded digest, if truncated.
   */
  length?: number;
  /**
   * A literal prefix before the digest (e.g. 'anon_').
   */
  prefix?: string;
  key?: {
    env?: string;
    /**
     * Name of the secret store entry (never the secret itself).
     */
    secret?: string;
    heldBy?: 'server' | 'client';
  };
  rotation?: 'none' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'per-install';
  /**
   * What is pseudonymised (e.g. 'guild id', 'machine id').
   */
  of?: string;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Prohibited".
 */
export interface Prohibited {
  fields?: string[];
  entities?: ('all' | 'none') | Entity[];
  patterns?: {
    name: string;
    pattern: string;
    entity?: Entity;
    description?: string;
  }[];
  /**
   * Apply the built-in list of OpenTelemetry attributes that carry personal data (default true).
   */
  semconv?: boolean;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Consent".
 */
export interface Consent {
  default?: 'off' | 'on';
  enable?: {
    env: string;
    /**
     * @minItems 1
     */
    values: [string, ...string[]];
    /**
     * Spellings that must not enable (tested by the emitter probe).
     */
    rejectedValues?: string[];
  };
  optOut?: {
    env?: EnvValues;
    /**
     * Auto-disable in CI: true for the standard variables, or the list of variables.
     */
    ci?: boolean | [string, ...string[]];
    devEnv?: EnvValues;
    files?: string[];
    doNotTrack?: boolean;
  };
  precedence?: 'opt-out-wins' | 'enable-wins';
  payloadFlag?: {
    field: string;
    required?: boolean;
    whenFalse?: 'discard' | 'reject';
  };
  /**
   * A consent record (notice version, time, mechanism) is kept.
   */
  record?: boolean;
  /**
   * Users are shown a notice before enabling.
   */
  notice?: boolean;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "EnvValues".
 */
export interface EnvValues {
  /**
   * @minItems 1
   */
  [k: string]: [string, ...string[]];
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Retention".
 */
export interface Retention {
  detailDays?: number;
  aggregateDays?: number;
  optOutDeletionDays?: number;
  logsDays?: number;
  backupsDays?: number;
  auditLogDays?: number;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Sampling".
 */
export interface Sampling {
  min?: number;
  max?: number;
  /**
   * Field that carries the rate (default: any field marked sampleRate, else sample_rate).
   */
  field?: string;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Aggregation".
 */
export interface Aggregation {
  window?: Granularity;
  minCount?: number;
  dimensions?: string[];
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Transport".
 */
export interface Transport {
  tls?: 'required' | 'optional' | 'none';
  auth?: 'none' | 'token' | 'api-key' | 'mtls' | 'signature';
  rateLimit?: boolean;
  protocol?: 'http-json' | 'otlp-http-json' | 'otlp-http-protobuf' | 'otlp-grpc' | 'posthog' | 'segment' | 'database';
  /**
   * A local audit log of transmissions is kept.
   */
  auditLog?: boolean;
}
/**
 * This interface was referenced by `TelemetryPolicy`'s JSON-Schema
 * via the `definition` "Receiver".
 */
export interface Receiver {
  /**
   * @minItems 1
   */
  accept?: [number, ...number[]];
  /**
   * @minItems 1
   */
  reject?: [number, ...number[]];
  /**
   * Statuses for payloads accepted but discarded (opted out).
   */
  discard?: number[];
  maxBodyBytes?: number;
  path?: string;
}
