import type { EvidenceStep } from '../evidence/types.js';
import type { RunProgress } from './execute-run.js';

/** Where progress goes: one line per finished step, plus a live "running" line on a terminal. */
export interface ProgressSink {
  log(line: string): void;
  /** Raw terminal output for the live line (only when standard output is a TTY). */
  readonly live?: { write(text: string): unknown };
}

/** One line for a finished step: ✔ or ✖, its id, duration, findings and, for an error, the reason. */
export function stepLine(step: EvidenceStep): string {
  const mark = step.status === 'pass' ? '✔' : '✖';
  const time = `${(step.durationMs / 1000).toFixed(1)}s`;
  const s = step.summary;
  const found = s.findings === 0 ? '' : ` ${s.findings} finding(s) (${s.error} error, ${s.warning} warning, ${s.info} info)`;
  const advisory = step.advisory ? ' (advisory)' : '';
  const error = step.status === 'error' ? `: ${step.error ?? 'could not run'}` : '';
  return `${mark} ${step.id} ${time}${found}${advisory}${error}`;
}

/** Progress callbacks for `run`: a live line while a step runs (terminal only), a ✔/✖ line when it ends. */
export function runProgress(sink: ProgressSink): RunProgress {
  const clear = (): void => {
    sink.live?.write('\r\u001b[K');
  };
  return {
    start(plan) {
      sink.live?.write(`\r\u001b[K… ${plan.id}`);
    },
    done(step) {
      clear();
      sink.log(stepLine(step));
    },
    note(line) {
      clear();
      sink.log(`  ${line}`);
    },
  };
}
