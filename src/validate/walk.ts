import { joinPointer } from '../envelope/pointer.js';
import type { FieldMap, FieldRule } from '../policy/types.js';

/** One node of a record, with the policy rule that governs it (if declared). */
export interface WalkNode {
  /** RFC 6901 pointer into the record value. */
  readonly pointer: string;
  /** The property name or array index this node sits under. */
  readonly key: string;
  readonly value: unknown;
  readonly rule: FieldRule | undefined;
  /** True when the node is an array element. */
  readonly inArray: boolean;
  /** The enclosing node (undefined at the top level). */
  readonly parent: WalkNode | undefined;
  readonly depth: number;
}

/** Deepest level walked; deeper payloads are refused before validation (see bounds.ts). */
export const MAX_WALK_DEPTH = 256;

const NEEDS_ESCAPE = /[~/]/;

/** Logical path segments of a node from the record root (computed on demand: only messages need it). */
export function pathOf(node: WalkNode): string[] {
  const path: string[] = [];
  for (let n: WalkNode | undefined = node; n; n = n.parent) path.push(n.key);
  return path.reverse();
}

/** Every node of a record value below the root, depth-first in document order, with its rule. */
export function walkRecord(value: Record<string, unknown>, fields: FieldMap | undefined): WalkNode[] {
  const out: WalkNode[] = [];
  visit(value, fields, undefined, undefined, '', 0, out);
  return out;
}

function visit(value: unknown, map: FieldMap | undefined, itemRule: FieldRule | undefined, parent: WalkNode | undefined, pointer: string, depth: number, out: WalkNode[]): void {
  if (depth >= MAX_WALK_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const key = String(i);
      const node: WalkNode = { pointer: `${pointer}/${key}`, key, value: value[i], rule: itemRule, inArray: true, parent, depth: depth + 1 };
      out.push(node);
      visit(node.value, itemRule?.fields, itemRule?.items, node, node.pointer, depth + 1, out);
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const rule = map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
    const childPointer = NEEDS_ESCAPE.test(key) ? joinPointer(pointer, key) : `${pointer}/${key}`;
    const node: WalkNode = { pointer: childPointer, key, value: (value as Record<string, unknown>)[key], rule, inArray: false, parent, depth: depth + 1 };
    out.push(node);
    visit(node.value, rule?.fields, rule?.items, node, childPointer, depth + 1, out);
  }
}
