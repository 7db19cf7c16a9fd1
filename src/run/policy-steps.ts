import { resolve } from 'node:path';
import type { EvidenceStep, StepKind } from '../evidence/types.js';
import type { PolicyEntry } from './config-types.js';
import { receiverSteps } from './receiver-steps.js';
import type { PolicyContext } from './steps/context.js';
import { lintCommandLine, lintStep } from './steps/lint-step.js';
import { emitterScenarios, emitterSeed, probeCommandLine, probeStep } from './steps/probe-step.js';
import { testStep } from './steps/test-step.js';
import { payloadFiles, validateCommandLine, validateStep } from './steps/validate-step.js';
import { commandLine, displayPath, errorStep, runStep, type StepPlan } from './steps/_step.js';
import { testedControls } from './tested-controls.js';

/** Callbacks a policy's steps report through. */
export interface StepSink {
  start(plan: StepPlan): void;
  done(step: EvidenceStep, notes: readonly string[]): void;
}

/** Run one policy's steps in a stable order: lint, test, validate (one step per payloads entry), receivers, emitters. */
export async function policySteps(ctx: PolicyContext, entry: PolicyEntry, advisory: ReadonlySet<StepKind>, sink: StepSink): Promise<void> {
  const id = ctx.loaded.policy.policy;
  const { policy } = ctx.loaded;
  const plan = (kind: StepKind, suffix: string | undefined, argv: readonly string[]): StepPlan => ({
    id: `${kind}:${id}${suffix === undefined ? '' : `:${suffix}`}`,
    kind,
    policy: id,
    command: commandLine(argv),
    tested: testedControls(kind, policy),
    advisory: advisory.has(kind),
  });
  const step = async (p: StepPlan, body: Parameters<typeof runStep>[2]): Promise<void> => {
    sink.start(p);
    const run = await runStep(p, ctx.failOn, body);
    sink.done(run.step, run.notes);
  };

  if (entry.lint !== false) await step(plan('lint', undefined, lintCommandLine(ctx)), () => lintStep(ctx));
  if (entry.fixtures !== undefined) {
    const fixtures = entry.fixtures;
    const shown = displayPath(ctx.cwd, resolve(ctx.configDir, fixtures));
    await step(plan('test', undefined, ['telemetry-gate', 'test', '--fixtures', shown, ctx.policyArg]), () => testStep(ctx, fixtures));
  }
  for (const pattern of entry.payloads ?? []) {
    let files: Awaited<ReturnType<typeof payloadFiles>>;
    try {
      files = await payloadFiles(ctx, pattern);
    } catch (error) {
      const p = plan('validate', pattern, validateCommandLine(ctx, [{ shown: pattern }], entry.envelope));
      sink.start(p);
      sink.done(errorStep(p, error), []);
      continue;
    }
    await step(plan('validate', pattern, validateCommandLine(ctx, files, entry.envelope)), () => validateStep(ctx, files, entry.envelope));
  }
  for (const receiver of entry.receivers ?? []) await receiverSteps(ctx, receiver, plan, sink);
  for (const emitter of entry.emitters ?? []) {
    const seed = emitterSeed(emitter);
    const base = plan('probe-emitter', emitter.name, probeCommandLine(ctx, emitter));
    let scenarios: Awaited<ReturnType<typeof emitterScenarios>>;
    try {
      scenarios = await emitterScenarios(ctx, emitter);
    } catch (error) {
      sink.start(base);
      sink.done(errorStep(base, error), []);
      continue;
    }
    await step({ ...base, tested: testedControls('probe-emitter', policy, scenarios) }, () => probeStep(ctx, emitter, scenarios, seed));
  }
}
