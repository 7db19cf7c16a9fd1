import { joinPointer } from '../../_pointer.js';
import type { FieldMap, FieldRule, Policy, UnknownFields } from '../../policy/types.js';
import { innerUnknown, ITEM, type Step } from './context.js';

/** Deepest object nesting the mutators reach into. */
const MAX_SLOT_DEPTH = 6;

/** An object location a record can carry: the root, a nested object field, or an element of an array of objects. */
export interface ObjectSlot {
  /** How to reach it from the root. */
  readonly steps: readonly Step[];
  /** Logical path (an array element is `0`). */
  readonly path: readonly string[];
  readonly fields: FieldMap;
  /** The `unknownFields` mode inside it. */
  readonly unknown: UnknownFields;
}

/** One declared field together with the object slot that holds it. */
export interface FieldSlot {
  readonly slot: ObjectSlot;
  readonly name: string;
  readonly rule: FieldRule;
  /** Logical path of the field. */
  readonly path: readonly string[];
}

/** Every object slot of a policy, root first, in declaration order. */
export function objectSlots(policy: Policy): ObjectSlot[] {
  const out: ObjectSlot[] = [];
  const visit = (slot: ObjectSlot, depth: number): void => {
    out.push(slot);
    if (depth >= MAX_SLOT_DEPTH) return;
    for (const [name, rule] of Object.entries(slot.fields)) {
      const unknown = innerUnknown(rule, slot.unknown);
      if (rule.fields && isObjectOnly(rule)) {
        visit({ steps: [...slot.steps, name], path: [...slot.path, name], fields: rule.fields, unknown }, depth + 1);
      } else if (rule.items?.fields && isObjectOnly(rule.items) && (rule.maxItems === undefined || rule.maxItems >= 1)) {
        const itemUnknown = innerUnknown(rule.items, unknown);
        visit({ steps: [...slot.steps, name, ITEM], path: [...slot.path, name, '0'], fields: rule.items.fields, unknown: itemUnknown }, depth + 1);
      }
    }
  };
  visit({ steps: [], path: [], fields: policy.fields, unknown: policy.unknownFields ?? 'reject' }, 0);
  return out;
}

/** Every declared field of every object slot. */
export function fieldSlots(policy: Policy): FieldSlot[] {
  return objectSlots(policy).flatMap((slot) =>
    Object.entries(slot.fields).map(([name, rule]) => ({ slot, name, rule, path: [...slot.path, name] })),
  );
}

/** A rule whose value is always an object (or null): nothing else is allowed. */
function isObjectOnly(rule: FieldRule): boolean {
  const types = rule.type === undefined ? [] : Array.isArray(rule.type) ? rule.type : [rule.type];
  return types.every((t) => t === 'object');
}

/** RFC 6901 pointer of logical path segments. */
export function pointerOf(path: readonly string[]): string {
  return joinPointer('', ...path);
}
