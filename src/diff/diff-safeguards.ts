import type { ControlId } from '../findings/regulations.js';
import type { Receiver, Transport } from '../policy/types.js';
import { asRecord, reportLeftovers, same, show } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';

const TLS_RANK: Readonly<Record<string, number>> = { none: 0, optional: 1, required: 2 };
const AUTH_RANK: Readonly<Record<string, number>> = { none: 0, token: 1, 'api-key': 1, signature: 2, mtls: 2 };

/** Compare transport safeguards: weaker TLS or authentication, no rate limit or audit log is a warning. */
export function diffTransport(ctx: DiffContext, base: Transport | undefined, head: Transport | undefined): void {
  const b = base ?? {};
  const h = head ?? {};
  const compare = (key: 'tls' | 'auth', ranks: Readonly<Record<string, number>>, control: ControlId): void => {
    if (b[key] === h[key]) return;
    const before = b[key] === undefined ? undefined : ranks[b[key]];
    const after = h[key] === undefined ? undefined : ranks[h[key]];
    const message = `Transport ${key} ${show(b[key])} → ${show(h[key])}`;
    const pointer = headPointer(ctx, 'transport', key);
    if (before !== undefined && (after === undefined || after < before)) {
      addChange(ctx, { topic: 'safeguard', direction: 'expands', code: 'safeguard-weakened', pointer, subject: `transport.${key}`, message: `${message}: a safeguard is weaker.`, dpia: true, controls: [control] });
    } else addChange(ctx, { topic: 'safeguard', direction: after === before ? 'neutral' : 'reduces', pointer, subject: `transport.${key}`, message: `${message}.` });
  };
  compare('tls', TLS_RANK, 'tls');
  compare('auth', AUTH_RANK, 'authentication');
  for (const [key, control] of [['rateLimit', 'rate-limit'], ['auditLog', 'audit-log']] as const) {
    if (b[key] === h[key]) continue;
    const pointer = headPointer(ctx, 'transport', key);
    if (b[key] === true) {
      addChange(ctx, { topic: 'safeguard', direction: 'expands', code: 'safeguard-weakened', pointer, subject: `transport.${key}`, message: `Transport ${key} is no longer declared: a safeguard is dropped.`, controls: [control] });
    } else if (h[key] === true) addChange(ctx, { topic: 'safeguard', direction: 'reduces', pointer, subject: `transport.${key}`, message: `Transport ${key} is now declared.` });
    else addChange(ctx, { topic: 'safeguard', direction: 'neutral', pointer, subject: `transport.${key}`, message: `Transport ${key} ${show(b[key])} → ${show(h[key])}.` });
  }
  if (b.protocol !== h.protocol) {
    addChange(ctx, { topic: 'safeguard', direction: 'review', pointer: headPointer(ctx, 'transport', 'protocol'), subject: 'transport.protocol', message: `Transport protocol ${show(b.protocol)} → ${show(h.protocol)}: review the envelope and the receiver.`, controls: ['receiver-validation'] });
  }
  reportLeftovers(ctx, asRecord(b), asRecord(h), new Set(['tls', 'auth', 'rateLimit', 'auditLog', 'protocol']), '/transport', 'transport', 'safeguard');
}

/** Compare the receiver contract: a larger body limit or changed statuses need review (no collection change). */
export function diffReceiver(ctx: DiffContext, base: Receiver | undefined, head: Receiver | undefined): void {
  const b = asRecord(base);
  const h = asRecord(head);
  for (const key of ['accept', 'reject', 'discard', 'path'] as const) {
    if (same(b[key], h[key])) continue;
    addChange(ctx, { topic: 'safeguard', direction: 'neutral', pointer: headPointer(ctx, 'receiver', key), subject: `receiver.${key}`, message: `Receiver ${key} changed.` });
  }
  const before = base?.maxBodyBytes;
  const after = head?.maxBodyBytes;
  if (before !== after) {
    const larger = before !== undefined && (after === undefined || after > before);
    addChange(ctx, {
      topic: 'safeguard', direction: larger ? 'review' : 'reduces', pointer: headPointer(ctx, 'receiver', 'maxBodyBytes'), subject: 'receiver.maxBodyBytes',
      message: `Receiver maxBodyBytes ${show(before)} → ${show(after)}${larger ? ': review' : ''}.`, controls: ['rate-limit'],
    });
  }
  reportLeftovers(ctx, b, h, new Set(['accept', 'reject', 'discard', 'path', 'maxBodyBytes']), '/receiver', 'receiver', 'safeguard');
}
