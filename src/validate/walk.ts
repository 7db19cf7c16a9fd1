import { joinPointer } from '../envelope/pointer.js';
import type { FieldMap, FieldRule } from '../policy/types.js';

/** One node of a record, with the policy rule that governs it (if declared). */
export interface WalkNode {
  /** Logical path segments from the record root. */
  readonly path: readonly string[];
  /** RFC 6901 pointer into the record value. */
  readonly pointer: string;
  /** The property name or array index this node sits under ('' for the root). */
  readonly key: string;
  readonly value: unknown;
  readonly rule: FieldRule | undefined;
  /** True when the node is an array element. */
  readonly inArray: boolean;
}

const NEEDS_ESCAPE = /[~/]/;

/** Deepest level walked; deeper payloads are refused before validation (see bounds.ts). */
export const MAX_WALK_DEPTH = 256;

/** Every node of a record value below the root, depth-first in document order, with its rule. */
export function walkRecord(value: Record<string, unknown>, fields: FieldMap | undefined): WalkNode[] {
  const out: WalkNode[] = [];
  type Frame = { node: WalkNode; map: FieldMap | undefined; depth: number };
  const stack: Frame[] = [];
  const pushChildren = (parent: WalkNode, map: FieldMap | undefined, depth: number): void => {
    if (depth >= MAX_WALK_DEPTH) return;
    const v = parent.value;
    const frames: Frame[] = [];
    if (Array.isArray(v)) {
      const itemRule = parent.rule?.items;
      v.forEach((item, i) => {
        const key = String(i);
        frames.push({
          node: { path: [...parent.path, key], pointer: `${parent.pointer}/${key}`, key, value: item, rule: itemRule, inArray: true },
          map: itemRule?.fields,
          depth: depth + 1,
        });
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const key of Object.keys(v)) {
        const rule = map && Object.hasOwn(map, key) ? map[key] : undefined;
        const child = (v as Record<string, unknown>)[key];
        frames.push({
          node: { path: [...parent.path, key], pointer: NEEDS_ESCAPE.test(key) ? joinPointer(parent.pointer, key) : `${parent.pointer}/${key}`, key, value: child, rule, inArray: false },
          map: rule?.fields,
          depth: depth + 1,
        });
      }
    }
    for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i]!);
  };
  pushChildren({ path: [], pointer: '', key: '', value, rule: undefined, inArray: false }, fields, 0);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    out.push(frame.node);
    pushChildren(frame.node, frame.map, frame.depth);
  }
  return out;
}
