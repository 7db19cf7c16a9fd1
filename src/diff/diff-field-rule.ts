import { joinPointer } from '../_pointer.js';
import type { FieldRule, JsonType } from '../policy/types.js';
import type { DiffContext } from './_context.js';
import { added, quoteList, reportLeftovers, same, show } from './_compare.js';
import { fieldChange, type RulePair } from './_field-emit.js';
import { personalReason } from './_personal.js';
import { diffFieldMap, MAX_FIELD_DEPTH, type FieldScope } from './diff-fields.js';
import { diffBounds } from './diff-field-bounds.js';
import { diffPseudonym } from './diff-pseudonym.js';

/** Keys of a field rule with no bearing on what is collected. */
const NEUTRAL_KEYS = ['description', 'required', 'nullable', 'minLength', 'minItems'] as const;

/** Every FieldRule key this module (or one it calls) classifies. */
const HANDLED: ReadonlySet<string> = new Set([
  ...NEUTRAL_KEYS, 'type', 'purpose', 'enum', 'const', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'maxLength', 'maxItems', 'fields', 'unknownFields', 'items', 'pseudonym', 'granularity',
  'personal', 'allowEntities', 'sampleRate', 'consentFlag',
]);

const UNKNOWN_RANK: Readonly<Record<string, number>> = { reject: 0, warn: 1, allow: 2 };

function types(rule: FieldRule): JsonType[] | undefined {
  return rule.type === undefined ? undefined : Array.isArray(rule.type) ? [...rule.type] : [rule.type];
}

/** Compare one field's rules, key by key; loosening expands collection, tightening reduces it. */
export function diffFieldRule(ctx: DiffContext, base: FieldRule, head: FieldRule, name: string, scope: FieldScope): void {
  const pair: RulePair = { ctx, base, head, pointer: scope.pointer, path: scope.path, personal: personalReason(name, head) };
  for (const key of NEUTRAL_KEYS) {
    if (!same(base[key], head[key])) fieldChange(pair, key, 'neutral', `${key} ${show(base[key])} → ${show(head[key])}`);
  }
  diffTypes(pair);
  diffEnum(pair);
  diffReplaced(pair, 'const');
  diffReplaced(pair, 'pattern');
  diffReplaced(pair, 'format');
  if (!same(base.purpose, head.purpose)) {
    fieldChange(pair, 'purpose', 'review', 'purpose changed (purpose limitation): review', { controls: ['allow-list'] });
  }
  diffBounds(pair);
  diffPseudonym(pair);
  diffUnknownFields(pair);
  diffFlags(pair);
  diffFieldMap(ctx, base.fields, head.fields, { pointer: joinPointer(scope.pointer, 'fields'), path: scope.path, depth: scope.depth });
  diffItems(pair, scope);
  reportLeftovers(ctx, base as Record<string, unknown>, head as Record<string, unknown>, HANDLED, scope.pointer, scope.path, 'field');
}

function diffTypes(pair: RulePair): void {
  const before = types(pair.base);
  const after = types(pair.head);
  if (same(before, after)) return;
  if (after === undefined) return fieldChange(pair, 'type', 'expands', 'type no longer constrained');
  if (before === undefined) return fieldChange(pair, 'type', 'reduces', `type now constrained to ${after.join(', ')}`);
  const more = added(before, after);
  if (more.length > 0) fieldChange(pair, 'type', 'expands', `now also accepts ${more.join(', ')}`);
  else fieldChange(pair, 'type', 'reduces', `no longer accepts ${added(after, before).join(', ')}`);
}

function diffEnum(pair: RulePair): void {
  const before = pair.base.enum?.map((v) => JSON.stringify(v));
  const after = pair.head.enum?.map((v) => JSON.stringify(v));
  if (same(before, after)) return;
  if (after === undefined) return fieldChange(pair, 'enum', 'expands', 'enum removed, any value is accepted');
  if (before === undefined) return fieldChange(pair, 'enum', 'reduces', 'now limited to an enum');
  const more = added(before, after);
  if (more.length > 0) fieldChange(pair, 'enum', 'expands', `enum widened by ${more.length} value${more.length === 1 ? '' : 's'} (${quoteList(more.map((v) => JSON.parse(v) as unknown))})`);
  else if (added(after, before).length > 0) fieldChange(pair, 'enum', 'reduces', 'enum narrowed');
  else fieldChange(pair, 'enum', 'neutral', 'enum reordered');
}

/** const / pattern / format: removing widens, adding narrows, replacing needs review. */
function diffReplaced(pair: RulePair, key: 'const' | 'pattern' | 'format'): void {
  const before = pair.base[key];
  const after = pair.head[key];
  if (same(before, after)) return;
  if (after === undefined) return fieldChange(pair, key, 'expands', `${key} removed, values are no longer constrained by it`);
  if (before === undefined) return fieldChange(pair, key, 'reduces', `${key} added`);
  fieldChange(pair, key, 'review', `${key} changed: review whether it admits more values`, { controls: ['allow-list', 'receiver-validation'] });
}

function diffUnknownFields(pair: RulePair): void {
  const before = pair.base.unknownFields;
  const after = pair.head.unknownFields;
  if (before === after) return;
  if (before === undefined || after === undefined) {
    fieldChange(pair, 'unknownFields', 'review', `unknownFields ${show(before)} → ${show(after)} (inherited when not declared): review`);
    return;
  }
  const wider = (UNKNOWN_RANK[after] ?? 0) > (UNKNOWN_RANK[before] ?? 0);
  fieldChange(pair, 'unknownFields', wider ? 'expands' : 'reduces', `unknownFields ${before} → ${after}`, {
    dpia: wider, controls: ['receiver-validation'],
  });
}

function diffFlags(pair: RulePair): void {
  const { base, head } = pair;
  if (base.personal === true && head.personal !== true) {
    fieldChange(pair, 'personal', 'review', 'no longer marked personal, so its values may be shown in output: review', { controls: ['prohibited-data'] });
  } else if (base.personal !== true && head.personal === true) fieldChange(pair, 'personal', 'neutral', 'now marked personal');
  const entities = added(base.allowEntities ?? [], head.allowEntities ?? []);
  if (entities.length > 0) {
    fieldChange(pair, 'allowEntities', 'expands', `may now carry ${entities.join(', ')} (detectors stay quiet)`, { dpia: true, controls: ['prohibited-data'] });
  } else if (!same(base.allowEntities ?? [], head.allowEntities ?? [])) fieldChange(pair, 'allowEntities', 'reduces', 'allows fewer entities');
  if (base.consentFlag === true && head.consentFlag !== true) {
    fieldChange(pair, 'consentFlag', 'expands', 'no longer carries the consent flag', { code: 'consent-loosened', dpia: true });
  } else if (base.consentFlag !== true && head.consentFlag === true) fieldChange(pair, 'consentFlag', 'reduces', 'now carries the consent flag');
  if (!same(base.sampleRate, head.sampleRate)) {
    fieldChange(pair, 'sampleRate', 'review', `sampleRate ${show(base.sampleRate)} → ${show(head.sampleRate)}: review`, { controls: ['sampling'] });
  }
}

function diffItems(pair: RulePair, scope: FieldScope): void {
  const { base, head } = pair;
  if (same(base.items, head.items)) return;
  if (head.items === undefined) return fieldChange(pair, 'items', 'expands', 'array items are no longer constrained');
  if (base.items === undefined) return fieldChange(pair, 'items', 'reduces', 'array items are now constrained');
  // Compare the item rules as a field of their own (`tags[]`).
  diffFieldRuleItems(pair.ctx, base.items, head.items, scope);
}

function diffFieldRuleItems(ctx: DiffContext, base: FieldRule, head: FieldRule, scope: FieldScope): void {
  if (scope.depth > MAX_FIELD_DEPTH) return;
  diffFieldRule(ctx, base, head, scope.path.split('.').at(-1) ?? '', {
    pointer: joinPointer(scope.pointer, 'items'), path: `${scope.path}[]`, depth: scope.depth + 1,
  });
}
