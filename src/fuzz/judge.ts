import type { FindingCode, Severity } from '../findings/codes.js';
import type { HttpOutcome } from '../probe/http.js';
import type { Expectation, Sent } from './cases.js';
import { describeReject, type ReceiverRules } from './receiver-rules.js';
import { echoesPayload, hasStackTrace } from './response-checks.js';

/** Why an answer is wrong: the code, its severity if not the catalogue's, and one sentence without payload values. */
export interface Verdict {
  readonly code: FindingCode;
  readonly severity?: Severity;
  /** What the receiver did, e.g. "answered 202". */
  readonly did: string;
  /** What the policy expects instead. */
  readonly expected: string;
}

/** What a judge needs besides the answer. */
export interface JudgeContext {
  readonly rules: ReceiverRules;
  /** Policy literals (enum and const strings) an error message may quote. */
  readonly literals: ReadonlySet<string>;
}

/** Judge one answer to one request; undefined when the receiver behaved as the policy says. */
export function judge(outcome: HttpOutcome, expect: Expectation, sent: Sent, ctx: JudgeContext, resetTolerated = false): Verdict | undefined {
  const { rules } = ctx;
  if (outcome.kind !== 'response') {
    const did = outcome.kind === 'timeout' ? outcome.reason : outcome.kind === 'reset' ? 'reset the connection without an answer' : `failed (${outcome.kind}: ${outcome.reason})`;
    const tolerated = resetTolerated && outcome.kind === 'reset';
    return { code: 'receiver-error', ...(tolerated ? { severity: 'warning' as const } : {}), did, expected: tolerated ? 'a 413 answer that tells the client why' : 'an answer' };
  }
  const { status, body } = outcome;
  if (status >= 500) return { code: 'receiver-error', did: `answered ${status}`, expected: expectedWords(expect, rules) };
  if (hasStackTrace(body)) return { code: 'receiver-error', did: `returned a stack trace in its ${status} answer`, expected: 'an answer without internals' };
  const success = status >= 200 && status < 300;
  if (!success && sent.records.length > 0 && echoesPayload(body, sent.records, ctx.literals)) {
    return { code: 'receiver-error', did: `repeated values of the payload in its ${status} answer`, expected: 'an error answer that names fields, never their values (error answers end up in logs)' };
  }
  const clientError = status >= 400 && status < 500;
  switch (expect) {
    case 'accept':
      if (rules.accept.includes(status)) return undefined;
      return { code: 'receiver-rejected-valid', ...(success ? { severity: 'warning' as const } : {}), did: `answered ${status}`, expected: expectedWords(expect, rules) };
    case 'discard':
      return success || clientError ? undefined : { code: 'receiver-error', severity: 'warning', did: `answered ${status}`, expected: expectedWords(expect, rules) };
    case 'reject':
      if (rules.reject ? rules.reject.includes(status) : clientError) return undefined;
      if (success || rules.accept.includes(status)) return { code: 'receiver-accepted-violation', did: `answered ${status}`, expected: expectedWords(expect, rules) };
      return { code: 'receiver-error', severity: 'warning', did: `answered ${status}`, expected: expectedWords(expect, rules) };
    case 'refuse':
      if (clientError) return undefined;
      if (success) return { code: 'receiver-accepted-violation', did: `answered ${status}`, expected: expectedWords(expect, rules) };
      return { code: 'receiver-error', severity: 'warning', did: `answered ${status}`, expected: expectedWords(expect, rules) };
  }
}

/** The expected answer in words. */
export function expectedWords(expect: Expectation, rules: ReceiverRules): string {
  switch (expect) {
    case 'accept':
      return `acceptance (${rules.accept.join(', ')})`;
    case 'discard':
      return `acceptance and discard (${rules.discard.join(', ')})`;
    case 'reject':
      return describeReject(rules);
    case 'refuse':
      return 'a 4xx answer';
  }
}
