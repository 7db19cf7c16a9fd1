import { normalizeName } from '../compile/names.js';
import { ENTITIES } from '../findings/entities.js';
import type { Prohibited } from '../policy/types.js';
import { asRecord, quoteList, reportLeftovers, same } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';

const HANDLED: ReadonlySet<string> = new Set(['fields', 'entities', 'patterns', 'semconv']);

function entitySet(entities: Prohibited['entities']): Set<string> {
  if (entities === 'all') return new Set(ENTITIES);
  if (entities === undefined || entities === 'none') return new Set();
  return new Set(entities);
}

/** Compare the deny-lists: a prohibition removed expands collection; one added reduces it. */
export function diffProhibited(ctx: DiffContext, base: Prohibited | undefined, head: Prohibited | undefined): void {
  const before = base ?? {};
  const after = head ?? {};
  const removed = (subject: string, message: string, ...at: string[]): void =>
    addChange(ctx, { topic: 'prohibition', direction: 'expands', code: 'prohibition-removed', pointer: headPointer(ctx, 'prohibited', ...at), subject, message, dpia: true });
  const tightened = (subject: string, message: string, ...at: string[]): void =>
    addChange(ctx, { topic: 'prohibition', direction: 'reduces', pointer: headPointer(ctx, 'prohibited', ...at), subject, message });

  const headFields = new Set((after.fields ?? []).map(normalizeName));
  const baseFields = new Set((before.fields ?? []).map(normalizeName));
  const gone = (before.fields ?? []).filter((f) => !headFields.has(normalizeName(f)));
  if (gone.length > 0) removed('prohibited.fields', `Prohibited field${gone.length === 1 ? '' : 's'} ${quoteList(gone)} no longer prohibited.`, 'fields');
  const newly = (after.fields ?? []).filter((f) => !baseFields.has(normalizeName(f)));
  if (newly.length > 0) tightened('prohibited.fields', `Field${newly.length === 1 ? '' : 's'} ${quoteList(newly)} now prohibited.`, 'fields');

  const entitiesBefore = entitySet(before.entities);
  const entitiesAfter = entitySet(after.entities);
  const lost = [...entitiesBefore].filter((e) => !entitiesAfter.has(e));
  const gained = [...entitiesAfter].filter((e) => !entitiesBefore.has(e));
  if (lost.length > 0) removed('prohibited.entities', `Entities no longer prohibited: ${lost.slice(0, 6).join(', ')}${lost.length > 6 ? ` and ${lost.length - 6} more` : ''}.`, 'entities');
  if (gained.length > 0) tightened('prohibited.entities', `Entities now prohibited: ${gained.slice(0, 6).join(', ')}${gained.length > 6 ? ` and ${gained.length - 6} more` : ''}.`, 'entities');

  const patternsAfter = new Map((after.patterns ?? []).map((p) => [p.name, p]));
  const patternsBefore = new Map((before.patterns ?? []).map((p) => [p.name, p]));
  for (const [name, pattern] of patternsBefore) {
    const now = patternsAfter.get(name);
    if (now === undefined) removed('prohibited.patterns', `Prohibited pattern "${name}" removed.`, 'patterns');
    else if (!same(pattern, now)) {
      addChange(ctx, {
        topic: 'prohibition', direction: 'review', pointer: headPointer(ctx, 'prohibited', 'patterns', (after.patterns ?? []).indexOf(now)),
        subject: 'prohibited.patterns', message: `Prohibited pattern "${name}" changed: review whether it still catches what it did.`,
        controls: ['prohibited-data'],
      });
    }
  }
  const patternsAdded = [...patternsAfter.keys()].filter((n) => !patternsBefore.has(n));
  if (patternsAdded.length > 0) tightened('prohibited.patterns', `Prohibited pattern${patternsAdded.length === 1 ? '' : 's'} ${quoteList(patternsAdded)} added.`, 'patterns');

  const semconvBefore = before.semconv !== false;
  const semconvAfter = after.semconv !== false;
  if (semconvBefore && !semconvAfter) removed('prohibited.semconv', 'The built-in list of personal OpenTelemetry attributes is no longer applied.', 'semconv');
  if (!semconvBefore && semconvAfter) tightened('prohibited.semconv', 'The built-in list of personal OpenTelemetry attributes is now applied.', 'semconv');
  reportLeftovers(ctx, asRecord(before), asRecord(after), HANDLED, '/prohibited', 'prohibited', 'prohibition');
}
