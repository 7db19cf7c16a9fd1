import { ToolError } from '../../errors.js';
import { makeFinding } from '../../findings/make.js';
import { runLoad } from '../../serve/run-load.js';
import { samplePayloads } from '../../serve/sample-payloads.js';
import type { BenchSettings } from '../config-types.js';
import type { PolicyContext } from './context.js';
import type { StepBody } from './_step.js';

/** Bench settings with the defaults filled in. */
export function benchSettings(settings: boolean | BenchSettings | undefined): Required<BenchSettings> {
  const given = typeof settings === 'object' ? settings : {};
  return { duration: given.duration ?? 2, connections: given.connections ?? 4, seed: given.seed ?? 1 };
}

/** The URL a bench step loads: the policy's receiver path when the URL has none. */
export function benchUrl(ctx: Pick<PolicyContext, 'compiled'>, url: string): string {
  const path = ctx.compiled.policy.receiver?.path;
  if (!URL.canParse(url)) return `${url}${path ?? ''}`;
  const target = new URL(url);
  if (target.pathname === '/' && path) target.pathname = path;
  return target.href;
}

/** `telemetry-gate bench receiver …`: autocannon with conforming payloads; failed requests under load are a warning. */
export async function benchStep(ctx: PolicyContext, url: string, settings: Required<BenchSettings>): Promise<StepBody> {
  const bodies = samplePayloads(ctx.compiled, { seed: settings.seed, count: 64 }).map((p) => JSON.stringify(p));
  if (bodies.length === 0) throw new ToolError('compile-failed', `run: bench: no conforming payload could be generated for policy ${ctx.compiled.policy.policy}`);
  const target = benchUrl(ctx, url);
  const r = await runLoad({ url: target, bodies, connections: settings.connections, durationS: settings.duration });
  const failed = r.errors + r.timeouts + r.non2xx;
  const findings = failed === 0 ? [] : [makeFinding({
    code: 'receiver-error',
    severity: 'warning',
    message: `Under load (${settings.connections} connections, ${settings.duration} s) ${failed} of ${r.requests} request(s) failed: ${r.errors} error(s), ${r.timeouts} timeout(s), ${r.non2xx} non-2xx answer(s).`,
    input: target,
    pointer: '',
    seed: settings.seed,
  }, ctx.compiled.policy.regulations)];
  return {
    // The records are the conforming payloads in the pool; how often each was sent is a figure.
    records: bodies.length,
    findings,
    seed: settings.seed,
    figures: { rps: r.rps, requests: r.requests, 'p50-ms': r.latencyMs.p50, 'p90-ms': r.latencyMs.p90, 'p99-ms': r.latencyMs.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx },
  };
}

/** The command line of a bench step. */
export function benchCommandLine(ctx: Pick<PolicyContext, 'policyArg'>, url: string, settings: Required<BenchSettings>): string[] {
  return ['telemetry-gate', 'bench', 'receiver', '--policy', ctx.policyArg, '--url', url, '--duration', String(settings.duration), '--connections', String(settings.connections), '--seed', String(settings.seed)];
}
