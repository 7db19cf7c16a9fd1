import { freshSeed } from '../../fuzz/replay.js';
import { fuzzReceiver } from '../../fuzz/fuzz-receiver.js';
import type { FuzzSettings } from '../config-types.js';
import type { PolicyContext } from './context.js';
import type { StepBody } from './_step.js';

/** Fuzz settings with the defaults filled in (a fresh seed when none is configured). */
export function fuzzSettings(settings: boolean | FuzzSettings | undefined): Required<Pick<FuzzSettings, 'runs' | 'seed'>> & FuzzSettings {
  const given = typeof settings === 'object' ? settings : {};
  return { ...given, runs: given.runs ?? 20, seed: given.seed ?? freshSeed() };
}

/** `telemetry-gate fuzz receiver --policy P --url URL --runs N --seed S`: conforming, violating and malformed payloads, judged. */
export async function fuzzStep(ctx: PolicyContext, url: string, settings: ReturnType<typeof fuzzSettings>): Promise<StepBody> {
  const result = await fuzzReceiver({
    compiled: ctx.compiled,
    url,
    policyArg: ctx.policyArg,
    runs: settings.runs,
    seed: settings.seed,
    ...(settings.timeout !== undefined ? { timeoutMs: Math.round(settings.timeout * 1000) } : {}),
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
  });
  return {
    records: result.cases,
    findings: result.findings,
    seed: result.seed,
    notes: result.notes,
    tables: [{
      title: 'Receiver cases',
      columns: ['case', 'expected', 'requests', 'result'],
      rows: result.summary.map((s) => [s.name, s.expect, s.sent, s.skipped ? 'not run' : s.failed ? 'FAILED' : 'ok']),
    }],
  };
}

/** The command line of a fuzz step. */
export function fuzzCommandLine(ctx: Pick<PolicyContext, 'policyArg'>, url: string, settings: ReturnType<typeof fuzzSettings>): string[] {
  return [
    'telemetry-gate', 'fuzz', 'receiver', '--policy', ctx.policyArg, '--url', url, '--runs', String(settings.runs), '--seed', String(settings.seed),
    ...(settings.timeout !== undefined ? ['--timeout', String(Math.round(settings.timeout * 1000))] : []),
    ...(settings.concurrency !== undefined ? ['--concurrency', String(settings.concurrency)] : []),
  ];
}
