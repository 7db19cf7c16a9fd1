import type { Severity } from '../findings/codes.js';
import type { StepKind } from '../evidence/types.js';

/** The envelopes a payload step may name. */
export type EnvelopeChoice = 'auto' | 'json' | 'ndjson' | 'posthog' | 'segment' | 'otlp';

/** `fuzz:` of a receiver, as written (see schemas/config.schema.json). */
export interface FuzzSettings {
  readonly runs?: number;
  readonly seed?: number;
  readonly timeout?: number;
  readonly concurrency?: number;
}

/** `bench:` of a receiver, as written. */
export interface BenchSettings {
  readonly duration?: number;
  readonly connections?: number;
  readonly seed?: number;
}

/** A receiver to fuzz and benchmark: a URL, or a command that starts one. */
export interface ReceiverEntry {
  readonly name: string;
  readonly url?: string;
  readonly command?: readonly string[];
  readonly startTimeout?: number;
  readonly fuzz?: boolean | FuzzSettings;
  readonly bench?: boolean | BenchSettings;
}

/** An emitter to probe over the consent matrix. */
export interface EmitterEntry {
  readonly name: string;
  readonly command: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly scenarios?: string;
  readonly timeout?: number;
  readonly seed?: number;
}

/** One policy and what to exercise with it. */
export interface PolicyEntry {
  readonly policy: string;
  readonly lint?: boolean;
  readonly fixtures?: string;
  readonly payloads?: readonly string[];
  readonly envelope?: EnvelopeChoice;
  readonly receivers?: readonly ReceiverEntry[];
  readonly emitters?: readonly EmitterEntry[];
}

/** `telemetry-gate.config.yaml` as written (validated against schemas/config.schema.json). */
export interface RunConfigFile {
  readonly version: 1;
  readonly reports?: string;
  readonly failOn?: Severity;
  readonly advisory?: readonly StepKind[];
  readonly policies: readonly PolicyEntry[];
}

/** A loaded config: the document plus where it came from. */
export interface RunConfig {
  readonly config: RunConfigFile;
  /** Absolute path of the config file. */
  readonly file: string;
  /** Absolute directory every relative path in the config is resolved against. */
  readonly dir: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
}
