import type { CompiledPolicy } from '../compile/compile.js';

/** Statuses a receiver answers with, from the policy's `receiver` section (with the defaults). */
export interface ReceiverRules {
  readonly accept: readonly number[];
  /** Declared reject statuses; undefined means "any 4xx". */
  readonly reject: readonly number[] | undefined;
  /** Statuses for accepted-but-discarded (opted-out) payloads; defaults to `accept`. */
  readonly discard: readonly number[];
  readonly maxBodyBytes: number;
  /** What the policy says a receiver does with an opted-out payload. */
  readonly whenFalse: 'discard' | 'reject';
}

/** Default largest body, as the reference receiver (`serve`) uses. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_ACCEPT = [200, 201, 202, 204];

/** The receiver rules of a compiled policy. */
export function receiverRules(compiled: CompiledPolicy): ReceiverRules {
  const r = compiled.policy.receiver;
  const accept = r?.accept ?? DEFAULT_ACCEPT;
  return {
    accept,
    reject: r?.reject,
    discard: r?.discard ?? accept,
    maxBodyBytes: r?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    whenFalse: compiled.policy.consent?.payloadFlag?.whenFalse ?? 'discard',
  };
}

/** The URL payloads go to: the URL as given, or with the policy's `receiver.path` when the URL has no path. */
export function ingestUrl(url: string, compiled: CompiledPolicy): string {
  const parsed = new URL(url);
  const path = compiled.policy.receiver?.path;
  if ((parsed.pathname === '/' || parsed.pathname === '') && path) parsed.pathname = path;
  return parsed.toString();
}

/** "400, 422" or "a 4xx status". */
export function describeReject(rules: ReceiverRules): string {
  return rules.reject ? `a rejection (${rules.reject.join(', ')})` : 'a rejection (4xx)';
}
