import type { StepKind } from '../evidence/types.js';
import type { ReceiverEntry } from './config-types.js';
import type { StepSink } from './policy-steps.js';
import { startReceiver, type StartedReceiver } from './receiver-process.js';
import { benchCommandLine, benchSettings, benchStep, benchUrl } from './steps/bench-step.js';
import type { PolicyContext } from './steps/context.js';
import { fuzzCommandLine, fuzzSettings, fuzzStep } from './steps/fuzz-step.js';
import { commandLine, errorStep, runStep, type StepPlan } from './steps/_step.js';

type Planner = (kind: StepKind, suffix: string | undefined, argv: readonly string[]) => StepPlan;

/** Default seconds to wait for a started receiver. */
const START_TIMEOUT_S = 10;

/**
 * One receiver's steps: start it when it is a command (exit 2 for its steps when it cannot start),
 * fuzz it, benchmark it, and always stop what was started, by its PID.
 */
export async function receiverSteps(ctx: PolicyContext, entry: ReceiverEntry, plan: Planner, sink: StepSink): Promise<void> {
  const fuzz = entry.fuzz === false ? undefined : fuzzSettings(entry.fuzz);
  const bench = entry.bench === undefined || entry.bench === false ? undefined : benchSettings(entry.bench);
  const planned = (url: string): StepPlan[] => [
    ...(fuzz ? [plan('fuzz-receiver', entry.name, fuzzCommandLine(ctx, url, fuzz))] : []),
    ...(bench ? [plan('bench-receiver', entry.name, benchCommandLine(ctx, benchUrl(ctx, url), bench))] : []),
  ];
  if (!fuzz && !bench) return;
  let started: StartedReceiver | undefined;
  try {
    let url = entry.url ?? '{url}';
    if (entry.command !== undefined) {
      try {
        started = await startReceiver({
          argv: entry.command,
          cwd: ctx.configDir,
          ...(entry.url !== undefined ? { url: entry.url } : {}),
          timeoutMs: Math.round((entry.startTimeout ?? START_TIMEOUT_S) * 1000),
          label: `${ctx.loaded.policy.policy}/${entry.name}`,
        });
      } catch (error) {
        for (const p of planned(url)) {
          const withStart = { ...p, command: `${commandLine(entry.command)} & ${p.command}` };
          sink.start(withStart);
          sink.done(errorStep(withStart, error), []);
        }
        return;
      }
      url = started.url;
    }
    // A URL read from the receiver's output changes every run (port 0): the recorded command names it `{url}`,
    // the URL the receiver printed, so evidence and reports stay reproducible.
    const shownUrl = started !== undefined && entry.url === undefined ? '{url}' : url;
    const startNote = started !== undefined ? [`receiver ${entry.name} (pid ${started.pid}) serves ${url}`] : [];
    for (const p of planned(shownUrl)) {
      const withStart = started !== undefined && entry.command !== undefined ? { ...p, command: `${commandLine(entry.command)} & ${p.command}` } : p;
      sink.start(withStart);
      const run = await runStep(withStart, ctx.failOn, () => (p.kind === 'fuzz-receiver' && fuzz ? fuzzStep(ctx, url, fuzz) : benchStep(ctx, url, bench!)));
      sink.done(run.step, [...startNote.splice(0), ...run.notes]);
    }
  } finally {
    await started?.stop();
  }
}
