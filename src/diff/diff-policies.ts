import type { Regime } from '../findings/regulations.js';
import type { LoadedPolicy, Policy } from '../policy/types.js';
import { asRecord, reportLeftovers, same, show } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';
import { diffConsent } from './diff-consent.js';
import { diffFieldMap } from './diff-fields.js';
import { diffAggregation, diffRetention, diffSampling } from './diff-limits.js';
import { diffProcessing } from './diff-processing.js';
import { diffProhibited } from './diff-prohibited.js';
import { diffReceiver, diffTransport } from './diff-safeguards.js';
import type { PolicyChange } from './types.js';

/** Top-level keys with no bearing on collection. */
const NEUTRAL_KEYS = ['policy', 'title', 'description', 'version', 'source', 'notExpressed'] as const;
/** Every top-level key of the policy language; anything else that differs is reported for review. */
const HANDLED: ReadonlySet<string> = new Set([
  ...NEUTRAL_KEYS, 'regulations', 'processing', 'format', 'fields', 'unknownFields', 'prohibited', 'consent',
  'retention', 'sampling', 'aggregation', 'transport', 'receiver',
]);
const UNKNOWN_RANK: Readonly<Record<string, number>> = { reject: 0, warn: 1, allow: 2 };

/**
 * What changes from `base` to `head`, classified: expands, reduces, neutral or review. A policy
 * new at head is all-new collection (only what it adds is listed); one deleted at head only reduces.
 */
export function diffPolicies(base: LoadedPolicy | null, head: LoadedPolicy | null): PolicyChange[] {
  if (head === null) {
    if (base === null) return [];
    const ctx: DiffContext = { head: null, file: base.file, regimes: regimesOf(base.policy), changes: [] };
    addChange(ctx, { topic: 'policy', direction: 'reduces', pointer: '', subject: base.policy.policy, message: `Policy "${base.policy.policy}" is deleted: nothing it allowed is collected under it any more.` });
    return ctx.changes;
  }
  const ctx: DiffContext = { head, file: head.file, regimes: regimesOf(head.policy), changes: [] };
  if (base === null) {
    addChange(ctx, { topic: 'policy', direction: 'neutral', pointer: '', subject: head.policy.policy, message: `Policy "${head.policy.policy}" is new: everything it allows is new collection.` });
    compare(ctx, null, head.policy);
    return ctx.changes.filter((c) => c.direction !== 'reduces' && (c.direction !== 'neutral' || c.topic === 'policy'));
  }
  compare(ctx, base.policy, head.policy);
  return ctx.changes;
}

function regimesOf(policy: Policy): readonly Regime[] | undefined {
  return policy.regulations && policy.regulations.length > 0 ? policy.regulations : undefined;
}

function compare(ctx: DiffContext, base: Policy | null, head: Policy): void {
  const b: Partial<Policy> = base ?? {};
  if (base) {
    for (const key of NEUTRAL_KEYS) {
      if (!same(b[key], head[key])) addChange(ctx, { topic: 'policy', direction: 'neutral', pointer: headPointer(ctx, key), subject: key, message: `Policy ${key} changed.` });
    }
    if (b.format !== head.format) addChange(ctx, { topic: 'policy', direction: 'review', pointer: headPointer(ctx, 'format'), subject: 'format', message: `Payload format ${show(b.format)} → ${show(head.format)}: review what the envelope carries.`, controls: ['allow-list'] });
  }
  diffProcessing(ctx, base, head);
  diffFieldMap(ctx, b.fields, head.fields, { pointer: '/fields', path: '', depth: 0 });
  const unknownBefore = b.unknownFields ?? 'reject';
  const unknownAfter = head.unknownFields ?? 'reject';
  if (unknownBefore !== unknownAfter) {
    const wider = (UNKNOWN_RANK[unknownAfter] ?? 0) > (UNKNOWN_RANK[unknownBefore] ?? 0);
    addChange(ctx, {
      topic: 'field', direction: wider ? 'expands' : 'reduces', ...(wider ? { code: 'field-loosened' as const } : {}),
      pointer: headPointer(ctx, 'unknownFields'), subject: 'unknownFields',
      message: `Undeclared fields ${unknownBefore} → ${unknownAfter}${wider ? ': fields outside the allow-list may now be collected' : ''}.`,
      dpia: wider, controls: ['receiver-validation'],
    });
  }
  diffProhibited(ctx, b.prohibited, head.prohibited);
  diffConsent(ctx, b.consent, head.consent);
  diffRetention(ctx, b.retention, head.retention);
  diffSampling(ctx, b.sampling, head.sampling);
  diffAggregation(ctx, b.aggregation, head.aggregation);
  diffTransport(ctx, b.transport, head.transport);
  diffReceiver(ctx, b.receiver, head.receiver);
  if (base) reportLeftovers(ctx, asRecord(base), asRecord(head), HANDLED, '', '', 'policy');
}
