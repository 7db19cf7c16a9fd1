import { describe, expect, it } from 'vitest';
import type { Sent } from '../../../src/fuzz/cases.js';
import { judge, type JudgeContext } from '../../../src/fuzz/judge.js';
import { echoesPayload, hasStackTrace } from '../../../src/fuzz/response-checks.js';
import type { ReceiverRules } from '../../../src/fuzz/receiver-rules.js';
import type { HttpOutcome } from '../../../src/probe/http.js';

const rules: ReceiverRules = { accept: [202], reject: [400, 422], discard: [202], maxBodyBytes: 1024, whenFalse: 'discard' };
const loose: ReceiverRules = { ...rules, reject: undefined };
const ctx: JudgeContext = { rules, literals: new Set(['macos-desktop-app']) };
const sent: Sent = { body: '{}', headers: {}, records: [{ note: 'lorem ipsum dolor sit', platform: 'macos-desktop-app' }], format: 'json', what: 'x' };
const answer = (status: number, body = '{}'): HttpOutcome => ({ kind: 'response', status, headers: {}, body, truncated: false, ms: 1 });

describe('judge', () => {
  it.each([
    ['accept, 202', 'accept', answer(202), rules, undefined],
    ['accept, 422', 'accept', answer(422), rules, 'receiver-rejected-valid error'],
    ['accept, 200 not declared', 'accept', answer(200), rules, 'receiver-rejected-valid warning'],
    ['reject, 422', 'reject', answer(422), rules, undefined],
    ['reject, 202', 'reject', answer(202), rules, 'receiver-accepted-violation error'],
    ['reject, 413 not declared', 'reject', answer(413), rules, 'receiver-error warning'],
    ['reject (any 4xx), 413', 'reject', answer(413), loose, undefined],
    ['discard, 202', 'discard', answer(202), rules, undefined],
    ['discard, 400', 'discard', answer(400), rules, undefined],
    ['refuse, 415', 'refuse', answer(415), rules, undefined],
    ['refuse, 200', 'refuse', answer(200), rules, 'receiver-accepted-violation error'],
    ['refuse, 500', 'refuse', answer(500), rules, 'receiver-error error'],
    ['accept, 503', 'accept', answer(503), rules, 'receiver-error error'],
    ['reject, stack trace in a 400', 'reject', answer(400, 'Error: x\n    at parse (/srv/app.js:10:5)'), rules, 'receiver-error error'],
    ['reject, echo in a 400', 'reject', answer(400, '{"got":{"note":"lorem ipsum dolor sit"}}'), rules, 'receiver-error error'],
    ['reject, a policy literal named in a 400', 'reject', answer(400, 'platform must be macos-desktop-app'), rules, undefined],
    ['accept, echo in a 202 is fine', 'accept', answer(202, 'lorem ipsum dolor sit'), rules, undefined],
    ['timeout', 'accept', { kind: 'timeout', reason: 'gave no complete answer within 5 ms', ms: 5 }, rules, 'receiver-error error'],
    ['reset', 'refuse', { kind: 'reset', reason: 'ECONNRESET', ms: 5 }, rules, 'receiver-error error'],
  ] as const)('%s → %s', (_name, expect_, outcome, r, expected) => {
    const verdict = judge(outcome as HttpOutcome, expect_, sent, { ...ctx, rules: r });
    expect(verdict ? `${verdict.code} ${verdict.severity ?? 'error'}` : undefined).toBe(expected);
  });

  it('a reset is only a warning where the case tolerates it (oversize bodies)', () => {
    expect(judge({ kind: 'reset', reason: 'EPIPE', ms: 1 }, 'refuse', sent, ctx, true)?.severity).toBe('warning');
  });
});

describe('hasStackTrace', () => {
  it.each([
    ['Error: boom\n    at Object.parse (/srv/index.js:12:7)', true],
    ['TypeError: x\n    at /srv/index.js:12:7', true],
    ['Traceback (most recent call last):\n  File "app.py", line 3, in <module>', true],
    ['Exception in thread "main" java.lang.NullPointerException', true],
    ['\tat com.acme.Ingest.handle(Ingest.java:42)', true],
    ['goroutine 1 [running]:\nmain.main()', true],
    ["app.rb:12:in `parse'", true],
    ['{"error":"invalid field","at":"/x"}', false],
    ['meet at noon (room 1:2:3)', false],
  ])('%j → %s', (body, expected) => {
    expect(hasStackTrace(body)).toBe(expected);
  });
});

describe('echoesPayload', () => {
  it.each([
    ['{"value":"jane.doe@example.com"}', true],
    ['{"value":"jane.doe@exa…"}', false],
    ['{"error":"field email rejected"}', false],
  ])('%j → %s', (body, expected) => {
    expect(echoesPayload(body, [{ email: 'jane.doe@example.com', n: 'short' }], new Set())).toBe(expected);
  });
});
