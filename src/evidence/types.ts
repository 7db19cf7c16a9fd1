import type { Finding } from '../findings/finding.js';
import type { ControlId, Regime } from '../findings/regulations.js';
import type { Summary } from '../findings/summary.js';
import type { ReportTable } from '../report/report.js';

/** The kinds of step a `run` performs; each is one CLI command's worth of work. */
export type StepKind = 'lint' | 'test' | 'validate' | 'fuzz-receiver' | 'probe-emitter' | 'bench-receiver';

/** How a step ended: `pass` no finding at or above fail-on, `fail` some, `error` the tool could not do it (exit 2). */
export type StepStatus = 'pass' | 'fail' | 'error';

/** One step of a run, with everything it observed. Findings are masked as everywhere else. */
export interface EvidenceStep {
  /** Stable id within the run, e.g. `validate:common-fate:examples/payloads/common-fate.ndjson`. */
  readonly id: string;
  readonly kind: StepKind;
  /** Policy id (the policy's `policy:` key), or null for a step without one. */
  readonly policy: string | null;
  /** The equivalent command line, so a person can replay the step alone. */
  readonly command: string;
  readonly status: StepStatus;
  /** True when the step is advisory (config `advisory`): its findings are reported but never fail the run. */
  readonly advisory?: boolean;
  /** One-line reason when `status` is `error`. */
  readonly error?: string;
  readonly seed?: number;
  /** Records (payloads, fuzz cases, scenarios) the step checked. */
  readonly records: number;
  /** The controls this step exercised (pass or fail), so a report can tell tested from declared. */
  readonly tested: readonly ControlId[];
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  readonly tables?: readonly ReportTable[];
  /** Figures a bench step measured (e.g. `rps`, `p99-ms`). */
  readonly figures?: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

/** A policy a run used. */
export interface EvidencePolicy {
  readonly id: string;
  readonly title?: string;
  /** Path relative to the config's directory, with `/` separators. */
  readonly file: string;
  readonly sha256: string;
  /** Regimes the policy names (its `regulations` list), or all three when it names none. */
  readonly regimes: readonly Regime[];
}

/** `reports/evidence.json`: everything a run did and saw, the input of `telemetry-gate report`. */
export interface Evidence {
  readonly format: 'telemetry-gate-evidence/1';
  readonly tool: { readonly name: 'telemetry-gate'; readonly version: string };
  readonly run: {
    /** ISO 8601; from SOURCE_DATE_EPOCH when it is set, so reports are reproducible. */
    readonly startedAt: string;
    readonly endedAt: string;
    readonly node: string;
    readonly platform: string;
    /** Config path relative to the working directory, and its sha256. */
    readonly config: { readonly file: string; readonly sha256: string } | null;
    readonly failOn: 'error' | 'warning' | 'info';
    /** Every seed the run used (fuzz, probes), for replay. */
    readonly seeds: readonly number[];
    /** The exact commands, in order (the CLI equivalent of each step). */
    readonly commands: readonly string[];
  };
  readonly policies: readonly EvidencePolicy[];
  readonly steps: readonly EvidenceStep[];
  /** Findings at or above fail-on across all steps, and the exit code `run` returned. */
  readonly outcome: { readonly summary: Summary; readonly exitCode: 0 | 1 | 2 };
}
