import fc from 'fast-check';
import type { FieldMap, UnknownFields } from '../../policy/types.js';
import { innerUnknown, ITEM, type ArbContext, type Step } from './context.js';
import { pointerOf } from './slots.js';
import { fieldValue, objectValue, type JsonRecord } from './values.js';

/** One change to an object: set a key (added at the end when new) or delete it; `note` says how, for messages. */
export type Edit =
  | { readonly op: 'set'; readonly key: string; readonly value: unknown; readonly note?: string }
  | { readonly op: 'delete'; readonly key: string; readonly note?: string };

/** A conforming record with one object edited, the logical pointer of the edited key, and the edit. */
export interface Edited {
  readonly record: JsonRecord;
  readonly pointer: string;
  readonly edit: Edit;
}

/** Apply an edit without touching the input; key order is kept. */
export function applyEdit(object: JsonRecord, edit: Edit): JsonRecord {
  const entries = Object.entries(object);
  if (edit.op === 'delete') return Object.fromEntries(entries.filter(([k]) => k !== edit.key));
  if (Object.hasOwn(object, edit.key)) return Object.fromEntries(entries.map(([k, v]) => [k, k === edit.key ? edit.value : v]));
  return Object.fromEntries([...entries, [edit.key, edit.value]]);
}

/**
 * Conforming records in which the object reached by `steps` is present (created if optional) and
 * edited. Arrays on the way hold the edited element first, then conforming elements up to `minItems`.
 */
export function editAt(ctx: ArbContext, steps: readonly Step[], edit: fc.Arbitrary<Edit>): fc.Arbitrary<Edited> {
  return editIn(ctx, ctx.policy.fields, ctx.policy.unknownFields ?? 'reject', [], steps, edit).map(({ value, pointer, applied }) => ({ record: value, pointer, edit: applied }));
}

function editIn(
  ctx: ArbContext,
  fields: FieldMap,
  unknown: UnknownFields,
  prefix: readonly string[],
  steps: readonly Step[],
  edit: fc.Arbitrary<Edit>,
): fc.Arbitrary<{ value: JsonRecord; pointer: string; applied: Edit }> {
  const here = objectValue(ctx, fields, prefix, unknown);
  const [head, ...rest] = steps;
  if (head === undefined) return fc.tuple(here, edit).map(([o, e]) => ({ value: applyEdit(o, e), pointer: pointerOf([e.key]), applied: e }));
  if (head === ITEM) throw new Error('editAt: an ITEM step must follow a field name');
  const rule = fields[head];
  if (!rule) throw new Error(`editAt: no field "${head}"`);
  const fieldUnknown = innerUnknown(rule, unknown);
  if (rest[0] === ITEM) {
    const items = rule.items!;
    const itemUnknown = innerUnknown(items, fieldUnknown);
    const inner = editIn(ctx, items.fields ?? {}, itemUnknown, [...prefix, head, '0'], rest.slice(1), edit);
    const more = Math.max(0, (rule.minItems ?? 1) - 1);
    const others = fc.array(fieldValue(ctx, items, [...prefix, head, '1'], itemUnknown), { minLength: more, maxLength: more });
    return fc.tuple(here, inner, others).map(([o, i, tail]) => ({
      value: applyEdit(o, { op: 'set', key: head, value: [i.value, ...tail] }),
      pointer: `${pointerOf([head, '0'])}${i.pointer}`,
      applied: i.applied,
    }));
  }
  const inner = editIn(ctx, rule.fields ?? {}, fieldUnknown, [...prefix, head], rest, edit);
  return fc.tuple(here, inner).map(([o, i]) => ({
    value: applyEdit(o, { op: 'set', key: head, value: i.value }),
    pointer: `${pointerOf([head])}${i.pointer}`,
    applied: i.applied,
  }));
}
