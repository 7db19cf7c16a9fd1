import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { CompiledPolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { assertLoopbackOrAllowed, getUrl, type RequestOptions } from '../probe/http.js';
import { fuzzCases, type CaseSummary } from './cases.js';

export type { CaseSummary } from './cases.js';
import { inspectStored } from './inspect.js';
import { ingestUrl, receiverRules } from './receiver-rules.js';
import { freshSeed, parseCasePath, replayCommand } from './replay.js';
import { DOWN_AFTER, runCase, type CaseEnv } from './run-case.js';

/** Options of fuzzReceiver. */
export interface FuzzReceiverOptions {
  readonly compiled: CompiledPolicy;
  /** Receiver URL; with no path, the policy's `receiver.path` is used. */
  readonly url: string;
  /** Runs per case (default 20; protocol cases run a fixed few). */
  readonly runs?: number;
  /** Run seed (default: fresh); every result names it. */
  readonly seed?: number;
  /** Replay one shrunk case: `<case>:<fast-check path>` as a finding's `path` gives it. */
  readonly path?: string;
  /** Extra request headers (authentication). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-request timeout in ms (default 5000). */
  readonly timeoutMs?: number;
  /** Cases run at once (default 4). */
  readonly concurrency?: number;
  /** URL listing what the receiver stored (JSON array); every item is validated. */
  readonly inspectUrl?: string;
  /** Extra CA certificates (PEM) for https receivers. */
  readonly ca?: string | Buffer;
  /** Skip TLS verification (named as such in the output by the command). */
  readonly insecure?: boolean;
  /** Allow non-loopback hosts (the user named them with --allow-remote). */
  readonly allowRemote?: boolean;
  /** Time budget for the whole run in ms (default 300 000); cases stop sending when it is spent. */
  readonly budgetMs?: number;
  /** The policy path as the user wrote it, for replay commands (default: the loaded file). */
  readonly policyArg?: string;
  /** Called after each case (progress for a person; never findings data). */
  readonly onCase?: (summary: CaseSummary) => void;
}

/** The result of a receiver fuzz run. */
export interface FuzzReceiverResult {
  readonly findings: Finding[];
  /** Requests sent in all. */
  readonly cases: number;
  readonly seed: number;
  readonly summary: CaseSummary[];
  /** Notes for a person (e.g. the inspection URL could not be read). */
  readonly notes: string[];
}

/** Fuzz an HTTP receiver with conforming, violating and malformed payloads; judge each answer by the policy. */
export async function fuzzReceiver(options: FuzzReceiverOptions): Promise<FuzzReceiverResult> {
  const { compiled } = options;
  assertLoopbackOrAllowed(options.url, options.allowRemote === true);
  if (options.inspectUrl !== undefined) assertLoopbackOrAllowed(options.inspectUrl, options.allowRemote === true);
  const seed = options.seed ?? freshSeed();
  const runs = clamp(options.runs ?? 20, 1, 10_000);
  const timeoutMs = clamp(options.timeoutMs ?? 5000, 10, 600_000);
  const concurrency = clamp(options.concurrency ?? 4, 1, 64);
  const rules = receiverRules(compiled);
  const target = ingestUrl(options.url, compiled);
  const secure = target.startsWith('https:');
  const agent = secure ? new HttpsAgent({ keepAlive: true, maxSockets: concurrency }) : new HttpAgent({ keepAlive: true, maxSockets: concurrency });
  const request: RequestOptions = { timeoutMs, agent, ...(options.ca ? { ca: options.ca } : {}), ...(options.insecure ? { insecure: true } : {}) };
  try {
    await preflight(target, request);
    let cases = fuzzCases(compiled, rules, runs);
    const replay = options.path === undefined ? undefined : parseCasePath(options.path);
    if (replay) {
      cases = cases.filter((c) => c.name === replay.caseName);
      if (cases.length === 0) throw new ToolError('usage', `fuzz receiver: --path names no case of this policy ("${replay.caseName.slice(0, 40)}")`);
    }
    const env: CaseEnv = {
      compiled,
      target,
      seed,
      rules,
      request,
      headers: lowerKeys(options.headers ?? {}),
      deadline: performance.now() + (options.budgetMs ?? 300_000),
      replay: (path) => replayCommand({ policy: options.policyArg ?? compiled.loaded.file, url: options.url, seed, path }),
      ...(replay?.fcPath ? { fcPath: replay.fcPath } : {}),
      health: { failuresInRow: 0, down: false },
    };
    const results = await pool(cases, concurrency, async (c) => {
      const result = await runCase(c, env);
      options.onCase?.(result.summary);
      return result;
    });
    const findings = results.flatMap((r) => (r.finding ? [r.finding] : []));
    const notes: string[] = [];
    const skipped = results.filter((r) => r.summary.skipped).length;
    if (env.health.down) notes.push(`the receiver stopped answering (${DOWN_AFTER} timeouts or resets in a row); ${skipped} case(s) were not run`);
    if (options.inspectUrl !== undefined && !replay) {
      const stored = await inspectStored(compiled, options.inspectUrl, { ...request, headers: env.headers });
      findings.push(...stored.findings.map((f) => ({ ...f, seed, replay: env.replay(undefined) })));
      if (stored.problem) notes.push(stored.problem);
    }
    return { findings, cases: results.reduce((n, r) => n + r.summary.sent, 0), seed, summary: results.map((r) => r.summary), notes };
  } finally {
    agent.destroy();
  }
}

/** Fail the run (exit 2) when the receiver cannot be reached at all. */
async function preflight(target: string, request: RequestOptions): Promise<void> {
  const outcome = await getUrl(target, { ...request, timeoutMs: Math.min(request.timeoutMs ?? 5000, 2000), agent: undefined });
  if (outcome.kind === 'refused' || outcome.kind === 'tls') {
    const hint = outcome.kind === 'tls' ? ' (for a private CA pass --ca FILE)' : '';
    throw new ToolError('url-unreachable', `fuzz receiver: cannot reach ${new URL(target).host}: ${outcome.reason}${hint}`);
  }
}

/** Map items with at most `limit` in flight; results keep the input order. */
async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.floor(n))) : lo;
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
