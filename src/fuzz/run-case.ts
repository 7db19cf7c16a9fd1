import fc from 'fast-check';
import type { CompiledPolicy } from '../compile/compile.js';
import { decodePayload } from '../envelope/index.js';
import type { Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make.js';
import { postPayload, type RequestOptions } from '../probe/http.js';
import type { CaseSummary, FuzzCase, Sent } from './cases.js';
import { fieldCount, maskedShape } from './evidence.js';
import { judge, type JudgeContext, type Verdict } from './judge.js';
import type { ReceiverRules } from './receiver-rules.js';
import { caseSeed } from './replay.js';

/** What every case of a run shares. */
export interface CaseEnv {
  readonly compiled: CompiledPolicy;
  /** Where payloads are posted. */
  readonly target: string;
  readonly seed: number;
  readonly rules: ReceiverRules;
  readonly request: RequestOptions;
  /** User headers (lower-case keys); a case's own Content-Type and Content-Encoding win. */
  readonly headers: Readonly<Record<string, string>>;
  /** performance.now() after which nothing more is sent. */
  readonly deadline: number;
  /** The replay command for a path (or for the run). */
  readonly replay: (path: string | undefined) => string;
  /** Replay this fast-check path only. */
  readonly fcPath?: string;
  /** Shared across cases: after this many transport failures in a row the receiver counts as down. */
  readonly health: { failuresInRow: number; down: boolean };
}

/** Transport failures in a row (timeouts, resets) after which no more requests are sent. */
export const DOWN_AFTER = 3;

/**
 * Run one case as a fast-check property ("the receiver answers as the policy says"); on failure
 * fast-check shrinks the payload (each step is a request) and the finding carries seed, path and replay.
 * A timeout or reset is not shrunk: once the transport failed, later calls pass without sending.
 */
export async function runCase(c: FuzzCase, env: CaseEnv): Promise<{ summary: CaseSummary; finding?: Finding }> {
  const judgeCtx: JudgeContext = { rules: env.rules, literals: literalsOf(env.compiled) };
  let last: { verdict: Verdict; sent: Sent } | undefined;
  let stopped = false;
  let sent = 0;
  const property = fc.asyncProperty(c.arbitrary, async (input) => {
    if (stopped || env.health.down || performance.now() > env.deadline) return true;
    const outcome = await postPayload(env.target, input.body, { ...env.request, headers: { ...env.headers, ...input.headers } });
    sent++;
    if (outcome.kind === 'response') env.health.failuresInRow = 0;
    else if (++env.health.failuresInRow >= DOWN_AFTER) env.health.down = true;
    const verdict = judge(outcome, c.expect, input, judgeCtx, c.resetTolerated);
    if (!verdict) return true;
    if (outcome.kind !== 'response') stopped = true;
    last = { verdict, sent: input };
    return false;
  });
  const details = await fc.check(property, {
    seed: caseSeed(env.seed, c.name),
    numRuns: c.runs,
    ...(env.fcPath !== undefined ? { path: env.fcPath, endOnFailure: true } : {}),
  });
  const summary: CaseSummary = { name: c.name, expect: c.expect, sent, failed: details.failed && last !== undefined, skipped: sent === 0 };
  if (!details.failed || !last) return { summary };
  const path = `${c.name}:${details.counterexamplePath ?? ''}`;
  return { summary, finding: toFinding(last.verdict, last.sent, env, path) };
}

function toFinding(verdict: Verdict, sent: Sent, env: CaseEnv, path: string): Finding {
  const record = sent.records[0];
  const size = record === undefined ? '' : ` (shrunk to ${fieldCount(record)} field${fieldCount(record) === 1 ? '' : 's'})`;
  return makeFinding(
    {
      code: verdict.code,
      ...(verdict.severity ? { severity: verdict.severity } : {}),
      message: `Receiver ${verdict.did} to ${sent.what}${size}; the policy expects ${verdict.expected}.`,
      input: env.target,
      pointer: payloadPointer(sent),
      ...(sent.mutant ? { field: lastSegment(sent.mutant.pointer) } : {}),
      ...(sent.mutant?.entity ? { entity: sent.mutant.entity } : {}),
      ...(record !== undefined ? { evidence: maskedShape(record) } : {}),
      seed: env.seed,
      path,
      replay: env.replay(path),
    },
    env.compiled.regimes,
  );
}

/** Pointer of the mutated value in the payload as sent ('' when unknown). */
function payloadPointer(sent: Sent): string {
  if (!sent.mutant || typeof sent.body !== 'string') return '';
  try {
    const payload = sent.format === 'ndjson' ? JSON.parse(sent.body.split('\n')[0] ?? '') : JSON.parse(sent.body);
    const [record] = decodePayload(payload, sent.format);
    return record ? record.pointerOf(sent.mutant.pointer) : '';
  } catch {
    return '';
  }
}

function lastSegment(pointer: string): string {
  const segment = pointer.slice(pointer.lastIndexOf('/') + 1);
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The policy's enum and const strings: an error answer may quote them without leaking anything. */
function literalsOf(compiled: CompiledPolicy): Set<string> {
  const out = new Set<string>();
  const visit = (fields: Record<string, { enum?: unknown[]; const?: unknown; fields?: unknown; items?: unknown }> | undefined, depth: number): void => {
    if (!fields || depth > 16) return;
    for (const rule of Object.values(fields)) {
      for (const v of [...(rule.enum ?? []), rule.const]) if (typeof v === 'string') out.add(v);
      visit(rule.fields as typeof fields, depth + 1);
      const items = rule.items as { fields?: unknown; enum?: unknown[] } | undefined;
      if (items) visit({ item: items } as typeof fields, depth + 1);
    }
  };
  visit(compiled.policy.fields as never, 0);
  return out;
}
