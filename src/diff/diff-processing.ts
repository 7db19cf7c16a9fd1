import type { Policy, Processing } from '../policy/types.js';
import { added, asRecord, quoteList, reportLeftovers, show } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';
import type { ChangeTopic, DiffCode } from './types.js';

const HANDLED: ReadonlySet<string> = new Set([
  'purpose', 'lawfulBasis', 'controller', 'dpo', 'dataSubjects', 'processors', 'recipients', 'transfers',
  'markets', 'identifiability', 'claims', 'sellOrShare', 'notice',
]);
/** Identifiability claims, weakest first: moving right claims the data is less identifiable. */
const IDENTIFIABILITY = ['personal', 'pseudonymised', 'ccpa-deidentified', 'aggregate', 'anonymous'];

type ListKey = 'recipients' | 'processors' | 'markets' | 'dataSubjects';
const LISTS: ReadonlyArray<readonly [ListKey, ChangeTopic, DiffCode, string]> = [
  ['recipients', 'recipient', 'recipient-added', 'recipient'],
  ['processors', 'recipient', 'recipient-added', 'processor'],
  ['markets', 'market', 'market-added', 'market'],
  ['dataSubjects', 'market', 'market-added', 'category of data subjects'],
];

/** Compare regimes and processing metadata: new recipients, transfers, markets, lawful basis, identifiability. */
export function diffProcessing(ctx: DiffContext, base: Policy | null, head: Policy): void {
  const regimesAdded = added(base?.regulations ?? [], head.regulations ?? []);
  if (base && regimesAdded.length > 0) {
    addChange(ctx, { topic: 'regime', direction: 'expands', code: 'regime-added', pointer: headPointer(ctx, 'regulations'), subject: 'regulations', message: `Regimes added: ${regimesAdded.join(', ')} (new jurisdiction or region).`, dpia: true });
  }
  const regimesRemoved = added(head.regulations ?? [], base?.regulations ?? []);
  if (regimesRemoved.length > 0) {
    addChange(ctx, { topic: 'regime', direction: 'review', pointer: headPointer(ctx, 'regulations'), subject: 'regulations', message: `Regimes no longer named: ${regimesRemoved.join(', ')}; review whether those users are still reached.`, controls: ['records-dpia'] });
  }
  const b: Processing = base?.processing ?? {};
  const h: Processing = head.processing ?? {};
  for (const [key, topic, code, noun] of LISTS) {
    const more = added(b[key] ?? [], h[key] ?? []);
    const fewer = added(h[key] ?? [], b[key] ?? []);
    const pointer = headPointer(ctx, 'processing', key);
    if (more.length > 0) addChange(ctx, { topic, direction: 'expands', code, pointer, subject: `processing.${key}`, message: `New ${noun}${more.length === 1 ? '' : 's'}: ${quoteList(more)}.`, dpia: true });
    if (fewer.length > 0) addChange(ctx, { topic, direction: 'reduces', pointer, subject: `processing.${key}`, message: `${noun[0]?.toUpperCase()}${noun.slice(1)}${fewer.length === 1 ? '' : 's'} removed: ${quoteList(fewer)}.` });
  }
  diffTransfers(ctx, b, h);
  if (b.sellOrShare !== true && h.sellOrShare === true) {
    addChange(ctx, { topic: 'recipient', direction: 'expands', code: 'recipient-added', pointer: headPointer(ctx, 'processing', 'sellOrShare'), subject: 'processing.sellOrShare', message: 'Telemetry is now sold or shared with third parties (CCPA sale/share).', dpia: true, controls: ['dnt-signal'] });
  } else if (b.sellOrShare === true && h.sellOrShare !== true) {
    addChange(ctx, { topic: 'recipient', direction: 'reduces', pointer: headPointer(ctx, 'processing'), subject: 'processing.sellOrShare', message: 'Telemetry is no longer declared as sold or shared.' });
  }
  if (base && b.lawfulBasis !== h.lawfulBasis) {
    addChange(ctx, { topic: 'lawful-basis', direction: 'expands', code: 'lawful-basis-changed', pointer: headPointer(ctx, 'processing', 'lawfulBasis'), subject: 'processing.lawfulBasis', message: `Lawful basis ${show(b.lawfulBasis)} → ${show(h.lawfulBasis)}.`, dpia: true });
  }
  diffIdentifiability(ctx, b, h);
  for (const key of ['purpose', 'controller'] as const) {
    if (base && b[key] !== h[key]) addChange(ctx, { topic: 'policy', direction: 'review', pointer: headPointer(ctx, 'processing', key), subject: `processing.${key}`, message: `Processing ${key} changed: review the notice and the DPIA description.`, controls: ['privacy-notice', 'records-dpia'] });
  }
  const claims = added(b.claims ?? [], h.claims ?? []);
  if (claims.length > 0) addChange(ctx, { topic: 'policy', direction: 'review', pointer: headPointer(ctx, 'processing', 'claims'), subject: 'processing.claims', message: `New claims to users: ${quoteList(claims)}; check them for over-claims (telemetry-gate lint).`, controls: ['privacy-notice'] });
  for (const key of ['dpo', 'notice'] as const) {
    if (base && b[key] !== h[key]) addChange(ctx, { topic: 'policy', direction: 'neutral', pointer: headPointer(ctx, 'processing', key), subject: `processing.${key}`, message: `Processing ${key} changed.` });
  }
  if (base) reportLeftovers(ctx, asRecord(b), asRecord(h), HANDLED, headPointer(ctx, 'processing'), 'processing', 'policy');
}

function diffTransfers(ctx: DiffContext, b: Processing, h: Processing): void {
  const key = (t: { to: string; mechanism?: string }): string => `${t.to}${t.mechanism ? ` (${t.mechanism})` : ''}`;
  const before = (b.transfers ?? []).map(key);
  const beforeTo = new Set((b.transfers ?? []).map((t) => t.to));
  for (const [index, transfer] of (h.transfers ?? []).entries()) {
    if (before.includes(key(transfer))) continue;
    const pointer = headPointer(ctx, 'processing', 'transfers', index);
    if (beforeTo.has(transfer.to)) {
      addChange(ctx, { topic: 'transfer', direction: 'review', pointer, subject: 'processing.transfers', message: `Transfer mechanism to ${show(transfer.to)} changed to ${show(transfer.mechanism)}: review.`, controls: ['transfers'] });
    } else {
      addChange(ctx, { topic: 'transfer', direction: 'expands', code: 'transfer-added', pointer, subject: 'processing.transfers', message: `New transfer to ${show(transfer.to)}${transfer.mechanism ? ` under ${show(transfer.mechanism)}` : ' with no mechanism declared'}.`, dpia: true });
    }
  }
  const afterTo = new Set((h.transfers ?? []).map((t) => t.to));
  const gone = (b.transfers ?? []).filter((t) => !afterTo.has(t.to)).map((t) => t.to);
  if (gone.length > 0) addChange(ctx, { topic: 'transfer', direction: 'reduces', pointer: headPointer(ctx, 'processing', 'transfers'), subject: 'processing.transfers', message: `Transfers removed: ${quoteList(gone)}.` });
}

function diffIdentifiability(ctx: DiffContext, b: Processing, h: Processing): void {
  if (b.identifiability === h.identifiability) return;
  const pointer = headPointer(ctx, 'processing', 'identifiability');
  const rankBefore = b.identifiability === undefined ? -1 : IDENTIFIABILITY.indexOf(b.identifiability);
  const rankAfter = h.identifiability === undefined ? -1 : IDENTIFIABILITY.indexOf(h.identifiability);
  const message = `Identifiability claim ${show(b.identifiability)} → ${show(h.identifiability)}`;
  if (rankAfter > rankBefore && rankAfter > 0) {
    addChange(ctx, { topic: 'identifiability', direction: 'expands', code: 'identifiability-strengthened', pointer, subject: 'processing.identifiability', message: `${message}: the policy now claims the data is less identifiable; show the evidence (Recital 26 test).`, dpia: true });
  } else {
    addChange(ctx, { topic: 'identifiability', direction: 'neutral', pointer, subject: 'processing.identifiability', message: `${message}.` });
  }
}
