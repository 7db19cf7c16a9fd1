import type { CompiledPolicy } from '../compile/compile.js';
import { isToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { maskValue } from '../findings/mask.js';
import { checkPayload, type ValidateOptions } from '../validate/validate.js';
import type { BodyPayload } from './body-decoders.js';

/** The statuses a policy's `receiver` section asks for (defaults: 202 accept, 422 reject). */
export interface GateStatuses {
  readonly accept: number;
  readonly discard: number;
  readonly reject: number;
}

/** Accept 202 unless the policy's accept list lacks it; reject 422 likewise; discard: the policy's, else accept. */
export function statusesOf(compiled: CompiledPolicy | undefined): GateStatuses {
  const receiver = compiled?.policy.receiver;
  const pick = (list: readonly number[] | undefined, preferred: number): number =>
    list === undefined || list.length === 0 || list.includes(preferred) ? preferred : list[0]!;
  const accept = pick(receiver?.accept, 202);
  return { accept, discard: receiver?.discard?.[0] ?? accept, reject: pick(receiver?.reject, 422) };
}

/** What the gate does with one request's payloads. */
export type Verdict =
  | { readonly kind: 'accepted'; readonly keep: readonly BodyPayload[]; readonly findings: readonly Finding[] }
  | { readonly kind: 'discarded'; readonly findings: readonly Finding[] }
  | { readonly kind: 'rejected'; readonly findings: readonly Finding[] }
  | { readonly kind: 'invalid'; readonly findings: readonly Finding[] };

const OPTED_OUT = 'opted-out-payload';

/**
 * Validate each payload. Any error finding other than `opted-out-payload` rejects the request; payloads
 * whose only error findings are `opted-out-payload` follow `consent.payloadFlag.whenFalse` (discard by
 * default: dropped, the rest kept). A payload the envelope cannot hold or nested too deep is invalid.
 */
export function judgePayloads(compiled: CompiledPolicy, payloads: readonly BodyPayload[], input: string): Verdict {
  const whenFalse = compiled.policy.consent?.payloadFlag?.whenFalse ?? 'discard';
  const all: Finding[] = [];
  const keep: BodyPayload[] = [];
  let violated = false;
  let optedOut = false;
  // One options object for every payload without a line (a JSON body's only payload).
  let noLine: ValidateOptions | undefined;
  for (let p = 0; p < payloads.length; p++) {
    const payload = payloads[p]!;
    let findings: Finding[];
    try {
      const options = payload.line === undefined ? (noLine ??= { input }) : { input, line: payload.line };
      findings = checkPayload(compiled, payload.value, options).findings;
    } catch (error) {
      if (isToolError(error)) return { kind: 'invalid', findings: all };
      throw error;
    }
    let errors = 0;
    let optOuts = 0;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      all.push(f);
      if (f.severity !== 'error') continue;
      errors += 1;
      if (f.code === OPTED_OUT) optOuts += 1;
    }
    if (errors === 0) keep.push(payload);
    else if (optOuts === errors) optedOut = true;
    else violated = true;
  }
  if (violated || (optedOut && whenFalse === 'reject')) return { kind: 'rejected', findings: all };
  if (keep.length === 0 && optedOut) return { kind: 'discarded', findings: all };
  return { kind: 'accepted', keep, findings: all };
}

/** The 4xx body for a rejected request: distinct codes and `{code, pointer, line?}` per error finding, never values. */
export function violationBody(findings: readonly Finding[], limit = 100): { error: 'policy-violation'; codes: string[]; findings: { code: string; pointer: string; line?: number }[] } {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    error: 'policy-violation',
    codes: [...new Set(errors.map((f) => f.code))].sort(),
    findings: errors.slice(0, limit).map((f) => {
      const pointer = safePointer(f.pointer);
      return f.line === undefined ? { code: f.code, pointer } : { code: f.code, pointer, line: f.line };
    }),
  };
}

const PLAIN_SEGMENT = /^[\w$.:-]{1,64}$/;

/** A pointer whose segments that could be data (an email used as a key, long keys) are masked, so a response never echoes them. */
export function safePointer(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(0, 4096)
    .split('/')
    .map((segment, i) => (i === 0 || PLAIN_SEGMENT.test(segment) ? segment : maskValue(segment)))
    .join('/');
}
