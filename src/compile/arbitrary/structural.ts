import fc from 'fast-check';
import { normalizeName } from '../names.js';
import { onPathTo, type ArbContext } from './context.js';
import { editAt, type Edit } from './edit.js';
import type { Mutant, MutationClass } from './mutant.js';
import { objectSlots, type ObjectSlot } from './slots.js';
import { safeWord } from './strings.js';

/** Names no policy declares or prohibits and no detector reads anything into. */
const UNKNOWN_KEYS = ['colour', 'flavour', 'widget_count', 'build_flavour', 'theme_variant', 'lorem_ipsum', 'panel_layout', 'shader_mode'];
/** Values that are not personal data under any key. */
const BENIGN = fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 9 }));

/** `unknown-field`: a key outside the allow-list, at the root or in a nested object that rejects unknown keys. */
export function unknownFieldClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = objectSlots(ctx.policy)
    .filter((slot) => slot.unknown === 'reject')
    .flatMap((slot) => {
      const keys = UNKNOWN_KEYS.filter((k) => !Object.hasOwn(slot.fields, k) && !ctx.prohibited.has(normalizeName(k)));
      if (keys.length === 0) return [];
      const edit = fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys), value: fc.oneof(BENIGN, safeWord) });
      return [mutants(ctx, slot, edit, 'unknown-field', 'unknown field')];
    });
  return arbs.length === 0 ? undefined : { name: 'unknown-field', oracle: 'unknown-field', arbitrary: fc.oneof(...arbs) };
}

/** `prohibited-field`: a prohibited name (in several spellings), at the root and nested; for OTLP it is an attribute. */
export function prohibitedFieldClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = objectSlots(ctx.policy).flatMap((slot) => {
    const declared = new Set(Object.keys(slot.fields).map(normalizeName));
    const names = ctx.prohibitedNames.filter((n) => !declared.has(normalizeName(n)));
    if (names.length === 0) return [];
    const key = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...SPELLINGS)).map(([name, spell]) => spell(name));
    const edit = fc.record({ op: fc.constant('set' as const), key, value: BENIGN });
    return [mutants(ctx, slot, edit, 'prohibited-field', 'prohibited field')];
  });
  return arbs.length === 0 ? undefined : { name: 'prohibited-field', oracle: 'prohibited-field', arbitrary: fc.oneof(...arbs) };
}

/** `missing-field`: a required field left out (the consent flag has its own class). */
export function missingFieldClass(ctx: ArbContext): MutationClass | undefined {
  const arbs = objectSlots(ctx.policy).flatMap((slot) => {
    const names = Object.entries(slot.fields)
      .filter(([name, rule]) => rule.required === true && !onPathTo(ctx.flagPath, [...slot.path, name]))
      .map(([name]) => name);
    if (names.length === 0) return [];
    const edit = fc.record({ op: fc.constant('delete' as const), key: fc.constantFrom(...names) });
    return [mutants(ctx, slot, edit, 'missing-field', 'required field removed')];
  });
  return arbs.length === 0 ? undefined : { name: 'missing-field', oracle: 'missing-field', arbitrary: fc.oneof(...arbs) };
}

/** Spellings a prohibited name may arrive in; all normalise to the same name. */
const SPELLINGS: readonly ((name: string) => string)[] = [
  (n) => n,
  (n) => n.replace(/[_.\-\s]+([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase()),
  (n) => n.replace(/[_.\s]+/g, '-'),
  (n) => n.toUpperCase(),
];

function mutants(
  ctx: ArbContext,
  slot: ObjectSlot,
  edit: fc.Arbitrary<Edit>,
  oracle: Mutant['oracle'],
  words: string,
): fc.Arbitrary<Mutant> {
  return editAt(ctx, slot.steps, edit).map(({ record, pointer }) => ({ record, oracle, pointer, mutation: `${words} at ${pointer}` }));
}
