import { resolve } from 'node:path';
import { compilePolicy } from '../compile/compile.js';
import type { Evidence, EvidencePolicy, EvidenceStep, StepKind } from '../evidence/types.js';
import type { Severity } from '../findings/codes.js';
import { severityRank } from '../findings/finding.js';
import type { Regime } from '../findings/regulations.js';
import { summarize } from '../findings/summary.js';
import { loadPolicy } from '../policy/load.js';
import type { LoadedPolicy } from '../policy/types.js';
import { TOOL } from '../report/report.js';
import type { RunConfig } from './config-types.js';
import { runClock } from './clock.js';
import { policySteps } from './policy-steps.js';
import type { PolicyContext } from './steps/context.js';
import { displayPath, type StepPlan } from './steps/_step.js';

/** What a run reports as it goes (progress on standard error). */
export interface RunProgress {
  start?(plan: StepPlan): void;
  done?(step: EvidenceStep): void;
  note?(line: string): void;
}

/** How to run a config. */
export interface RunOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly failOn: Severity;
  readonly progress?: RunProgress;
}

/** The evidence of a run and the policies it loaded (for the per-regime reports). */
export interface RunResult {
  readonly evidence: Evidence;
  readonly policies: readonly LoadedPolicy[];
}

const ALL_REGIMES: readonly Regime[] = ['gdpr', 'ccpa', 'nigeria'];

/** Run every step a config names, in config order, and return the evidence. Policies that cannot be loaded are a ToolError (exit 2). */
export async function executeRun(run: RunConfig, options: RunOptions): Promise<RunResult> {
  const clock = runClock(options.env);
  const startedAt = clock.stamp();
  const advisory = new Set<StepKind>(run.config.advisory ?? []);
  const contexts: PolicyContext[] = [];
  for (const entry of run.config.policies) {
    const absolute = resolve(run.dir, entry.policy);
    const policyArg = displayPath(options.cwd, absolute);
    const loaded = await loadPolicy(absolute, policyArg);
    contexts.push({ loaded, compiled: compilePolicy(loaded), policyArg, configDir: run.dir, cwd: options.cwd, failOn: options.failOn });
  }
  const steps: EvidenceStep[] = [];
  for (const [i, ctx] of contexts.entries()) {
    const entry = run.config.policies[i]!;
    await policySteps(ctx, entry, advisory, {
      start: (plan) => options.progress?.start?.(plan),
      done: (step, notes) => {
        steps.push(step);
        options.progress?.done?.(step);
        for (const note of notes) options.progress?.note?.(note);
      },
    });
  }
  const endedAt = clock.stamp();
  const gating = steps.filter((s) => s.advisory !== true);
  const limit = severityRank(options.failOn);
  const exitCode = gating.some((s) => s.status === 'error') ? 2 : gating.some((s) => s.status === 'fail') ? 1 : 0;
  const evidence: Evidence = {
    format: 'telemetry-gate-evidence/1',
    tool: TOOL,
    run: {
      startedAt,
      endedAt,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      config: { file: displayPath(options.cwd, run.file), sha256: run.sha256 },
      failOn: options.failOn,
      seeds: [...new Set(steps.flatMap((s) => (s.seed === undefined ? [] : [s.seed])))],
      commands: steps.map((s) => s.command),
    },
    policies: contexts.map((ctx, i) => evidencePolicy(ctx, displayPath(run.dir, resolve(run.dir, run.config.policies[i]!.policy)))),
    steps,
    outcome: {
      summary: summarize(gating.flatMap((s) => s.findings).filter((f) => severityRank(f.severity) <= limit)),
      exitCode,
    },
  };
  return { evidence, policies: contexts.map((c) => c.loaded) };
}

function evidencePolicy(ctx: PolicyContext, file: string): EvidencePolicy {
  const { policy } = ctx.loaded;
  return {
    id: policy.policy,
    ...(policy.title ? { title: policy.title } : {}),
    file,
    sha256: ctx.loaded.sha256,
    regimes: policyRegimes(policy.regulations),
  };
}

/** The regimes a policy names, in report order (gdpr, ccpa, nigeria), or all three when it names none. */
export function policyRegimes(named: readonly Regime[] | undefined): Regime[] {
  const out = ALL_REGIMES.filter((r) => named?.includes(r) === true);
  return out.length > 0 ? out : [...ALL_REGIMES];
}
