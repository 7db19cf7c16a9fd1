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

/** Logical path segments of a node from the record root (computed on demand: only messages need it). */
export function pathOf(node: WalkNode): string[] {
  const path: string[] = [];
  for (let n: WalkNode | undefined = node; n; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * A walked node. Its pointer is built on first read (only findings need it) from its parent's and
 * its own key, so a clean record costs one small object per node and no strings.
 */
class Node implements WalkNode {
  private cached: string | undefined = undefined;
  constructor(
    readonly key: string,
    readonly value: unknown,
    readonly rule: FieldRule | undefined,
    readonly inArray: boolean,
    readonly parent: Node | undefined,
    readonly depth: number,
  ) {}

  get pointer(): string {
    if (this.cached === undefined) {
      const up = this.parent === undefined ? '' : this.parent.pointer;
      const key = this.key;
      this.cached = key.includes('~') || key.includes('/') ? joinPointer(up, key) : `${up}/${key}`;
    }
    return this.cached;
  }
}

/** Every node of a record value below the root, depth-first in document order, with its rule. */
export function walkRecord(value: Record<string, unknown>, fields: FieldMap | undefined): WalkNode[] {
  const out: WalkNode[] = [];
  visit(value, fields, undefined, undefined, 0, out);
  return out;
}

/** A field map's own rules as a Map (made once per map: policy field maps are many-keyed dictionaries). */
const ruleMaps = new WeakMap<FieldMap, Map<string, FieldRule | undefined>>();

function rulesOf(map: FieldMap): Map<string, FieldRule | undefined> {
  let rules = ruleMaps.get(map);
  if (rules === undefined) {
    rules = new Map();
    for (const key of Object.getOwnPropertyNames(map)) rules.set(key, map[key]);
    ruleMaps.set(map, rules);
  }
  return rules;
}

function visit(value: object, map: FieldMap | undefined, itemRule: FieldRule | undefined, parent: Node | undefined, depth: number, out: WalkNode[]): void {
  if (depth >= MAX_WALK_DEPTH) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      const node = new Node(String(i), child, itemRule, true, parent, depth + 1);
      out.push(node);
      if (typeof child === 'object' && child !== null) visit(child, itemRule?.fields, itemRule?.items, node, depth + 1, out);
    }
    return;
  }
  const keys = Object.keys(value);
  const rules = map === undefined ? undefined : rulesOf(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const rule = rules === undefined ? undefined : rules.get(key);
    const child = (value as Record<string, unknown>)[key];
    const node = new Node(key, child, rule, false, parent, depth + 1);
    out.push(node);
    if (typeof child === 'object' && child !== null) visit(child, rule?.fields, rule?.items, node, depth + 1, out);
  }
}
