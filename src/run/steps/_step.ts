import { relative, sep } from 'node:path';
import { isToolError } from '../../errors.js';
import type { EvidenceStep, StepKind } from '../../evidence/types.js';
import type { Severity } from '../../findings/codes.js';
import type { Finding } from '../../findings/finding.js';
import type { ControlId } from '../../findings/regulations.js';
import { exitCode, summarize } from '../../findings/summary.js';
import type { ReportTable } from '../../report/report.js';

/** What a step is before it runs. */
export interface StepPlan {
  readonly id: string;
  readonly kind: StepKind;
  readonly policy: string | null;
  readonly command: string;
  readonly tested: readonly ControlId[];
  /** Reported, but never fails the run (config `advisory`). */
  readonly advisory: boolean;
}

/** What a step's work returns. */
export interface StepBody {
  readonly records: number;
  readonly findings: readonly Finding[];
  readonly tables?: readonly ReportTable[];
  readonly figures?: Readonly<Record<string, number>>;
  readonly seed?: number;
  /** Set when the step failed for a reason other than its findings (e.g. a fixture that lacks an expected code). */
  readonly failed?: boolean;
  /** Notes for the person watching (standard error). */
  readonly notes?: readonly string[];
  /** The replay command, when it is only known once the step ran (e.g. a port chosen by the receiver). */
  readonly command?: string;
}

/** A step as run: its evidence and notes. */
export interface StepRun {
  readonly step: EvidenceStep;
  readonly notes: readonly string[];
}

/** Run one step: time it, turn a ToolError into status `error` with a one-line reason, judge findings against `failOn`. */
export async function runStep(plan: StepPlan, failOn: Severity, body: () => Promise<StepBody>): Promise<StepRun> {
  const started = performance.now();
  const base = { id: plan.id, kind: plan.kind, policy: plan.policy, tested: plan.tested, ...(plan.advisory ? { advisory: true } : {}) };
  try {
    const result = await body();
    const status = result.failed === true || exitCode(result.findings, failOn) === 1 ? 'fail' : 'pass';
    const step: EvidenceStep = {
      ...base,
      command: result.command ?? plan.command,
      status,
      ...(result.seed !== undefined ? { seed: result.seed } : {}),
      records: result.records,
      summary: summarize(result.findings),
      findings: result.findings,
      ...(result.tables ? { tables: result.tables } : {}),
      ...(result.figures ? { figures: result.figures } : {}),
      durationMs: Math.round(performance.now() - started),
    };
    return { step, notes: result.notes ?? [] };
  } catch (error) {
    return { step: errorStep(plan, error, Math.round(performance.now() - started)), notes: [] };
  }
}

/** A step that could not run: status `error`, no findings. */
export function errorStep(plan: StepPlan, error: unknown, durationMs = 0): EvidenceStep {
  const reason = isToolError(error) ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  return {
    id: plan.id, kind: plan.kind, policy: plan.policy, command: plan.command, status: 'error',
    error: (reason.split('\n', 1)[0] ?? '').slice(0, 300),
    records: 0, tested: plan.tested, summary: summarize([]), findings: [], durationMs,
    ...(plan.advisory ? { advisory: true } : {}),
  };
}

/** A path as a person types it from the working directory, with `/` separators. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** A command line from an argument vector, quoting what a POSIX shell would split or expand. */
export function commandLine(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_\-.,/:=@%+{}]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
