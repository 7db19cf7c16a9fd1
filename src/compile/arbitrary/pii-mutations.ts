import fc from 'fast-check';
import { detectString } from '../../detect/index.js';
import { SECRET_ENTITIES, type Entity } from '../../findings/entities.js';
import type { FindingCode } from '../../findings/codes.js';
import type { FieldRule } from '../../policy/types.js';
import { samePath, typesOf, type ArbContext } from './context.js';
import { DISGUISES, disguise, type DisguiseName } from './disguise.js';
import { editAt, type Edit } from './edit.js';
import type { Mutant, MutationClass } from './mutant.js';
import { PII_VALUES } from './pii-values.js';
import { fieldSlots, type FieldSlot } from './slots.js';
import { fitsString, isShaped, safeWord, tryFilter } from './strings.js';

/** Disguises the detectors cannot see through for an entity, or that change what it is. */
const NOT_WITH: Partial<Record<Entity, readonly DisguiseName[]>> = {
  // A connection URL inside prose loses its scheme boundary; a stack frame likewise.
  PASSWORD: ['sentence', 'stack-trace'],
  // Detector gap (reported): a Gravatar URL is recognised only inside a stack trace, not alone.
  UNSALTED_HASH_OF_EMAIL: ['plain', 'sentence', 'percent', 'percent-twice', 'base64', 'base64url', 'url-query', 'json'],
};

/** The finding code a planted entity must produce. */
export function entityCode(entity: Entity): FindingCode {
  if (entity === 'UNSALTED_HASH_OF_EMAIL') return 'unsalted-hash';
  return SECRET_ENTITIES.has(entity) ? 'secret-value' : 'pii-value';
}

/**
 * `pii-value`, `secret-value` and `unsalted-hash`: each entity the policy prohibits, in each disguise,
 * planted in each free-form string field (none when the policy has no such field).
 */
export function detectorClasses(ctx: ArbContext): MutationClass[] {
  const setting = ctx.policy.prohibited?.entities ?? 'all';
  const prohibited = (entity: Entity): boolean => setting === 'all' || (Array.isArray(setting) && setting.includes(entity));
  const byCode = new Map<FindingCode, fc.Arbitrary<Mutant>[]>();
  for (const f of fieldSlots(ctx.policy).filter((s) => isFreeText(ctx, s))) {
    for (const [name, values] of Object.entries(PII_VALUES)) {
      const entity = name as Entity;
      const code = entityCode(entity);
      const disguises = DISGUISES.filter((d) => !NOT_WITH[entity]?.includes(d)).filter((d) => {
        const seen = seenAs(entity, d);
        return prohibited(seen) && !f.rule.allowEntities?.includes(seen) && entityCode(seen) === code;
      });
      if (!prohibited(entity) || disguises.length === 0) continue;
      const planted = tryFilter(
        fc.record({ value: values!, how: fc.constantFrom(...disguises), words: fc.tuple(safeWord, safeWord) }).map((p) => ({ ...p, text: disguise(p.value, p.how, p.words) })),
        (p) => fitsString(f.rule, p.text) && isSeen(p.text, f.name, seenAs(entity, p.how)),
      );
      if (!planted) continue;
      const edits = planted.map((p): Edit => ({ op: 'set', key: f.name, value: p.text, note: p.how }));
      const arb = editAt(ctx, f.slot.steps, edits).map(
        ({ record, pointer, edit }): Mutant => ({ record, oracle: code, pointer, entity: seenAs(entity, edit.note as DisguiseName), mutation: `${entity} (${edit.note ?? 'plain'}) at ${pointer}` }),
      );
      byCode.set(code, [...(byCode.get(code) ?? []), arb]);
    }
  }
  return [...byCode].map(([code, arbs]) => ({ name: code, oracle: code, arbitrary: fc.oneof(...arbs) }));
}

/**
 * True when the detectors report `entity` in `text`: a planted value is an oracle only if the validator
 * can see it (free-text recall of names, for one, is bounded by dictionaries).
 */
function isSeen(text: string, key: string, entity: Entity): boolean {
  return detectString(text, key).some((d) => d.entity === entity);
}

/** The entity a detector reports for a planted value: a URL query carrying personal data is its own entity. */
export function seenAs(entity: Entity, how: DisguiseName): Entity {
  return how === 'url-query' && entityCode(entity) === 'pii-value' ? 'URL_WITH_PII_QUERY' : entity;
}

/** A string field with no shape constraint and no special role: where free text (and leaks) go. */
function isFreeText(ctx: ArbContext, f: FieldSlot): boolean {
  const types = typesOf(f.rule);
  const stringy = types.length === 0 ? !isShaped(f.rule) && !f.rule.fields && !f.rule.items : types.every((t) => t === 'string' || t === 'null') && types.includes('string');
  return stringy && !isShaped(f.rule) && !isSpecial(ctx, f.rule, f.path);
}

function isSpecial(ctx: ArbContext, rule: FieldRule, path: readonly string[]): boolean {
  return rule.pseudonym !== undefined || rule.granularity !== undefined || samePath(ctx.samplePath, path) || samePath(ctx.flagPath, path);
}
