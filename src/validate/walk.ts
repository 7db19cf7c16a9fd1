import { joinPointer } from '../envelope/pointer.js';
import { normalizeName } from '../compile/names.js';
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

/** True when a record check reads a node under this rule (see walkChecked). */
function checkedRule(rule: FieldRule | undefined): boolean {
  return rule !== undefined && (rule.pseudonym !== undefined || rule.granularity !== undefined || rule.sampleRate === true);
}

/** A declared key's rule, and whether a check reads its node. */
interface KeyPlan {
  readonly rule: FieldRule | undefined;
  readonly keep: boolean;
}

/**
 * What the walk needs to know of keys, for one set of prohibited names: per field map, its keys'
 * plans (made once per map); for undeclared keys, whether the name is prohibited (cached, bounded).
 * One lookup per key instead of a rule lookup and a name normalisation.
 */
class Planner {
  private readonly maps = new WeakMap<FieldMap, Map<string, KeyPlan>>();
  private readonly loose = new Map<string, boolean>();
  constructor(private readonly prohibited: ReadonlySet<string>) {}

  declared(map: FieldMap): Map<string, KeyPlan> {
    let plans = this.maps.get(map);
    if (plans === undefined) {
      plans = new Map();
      for (const key of Object.getOwnPropertyNames(map)) {
        const rule = map[key];
        plans.set(key, { rule, keep: checkedRule(rule) || this.prohibited.has(normalizeName(key)) });
      }
      this.maps.set(map, plans);
    }
    return plans;
  }

  undeclared(key: string): boolean {
    let keep = this.loose.get(key);
    if (keep === undefined) {
      keep = this.prohibited.has(normalizeName(key));
      if (this.loose.size >= 10_000) this.loose.clear(); // bounded: hostile payloads have endless distinct keys
      this.loose.set(key, keep);
    }
    return keep;
  }
}

const planners = new WeakMap<ReadonlySet<string>, Planner>();

/**
 * The nodes the record checks read, in document order, depth first: those whose rule declares a
 * pseudonym, a granularity or a sample rate, and property nodes whose normalised name
 * (normalizeName) is in `prohibited`. The checks find on them exactly what they would find on every
 * node; a clean record costs a node per container, not one per leaf, and the checks loop over a
 * handful of nodes.
 */
export function walkChecked(value: Record<string, unknown>, fields: FieldMap | undefined, prohibited: ReadonlySet<string>): WalkNode[] {
  let planner = planners.get(prohibited);
  if (planner === undefined) planners.set(prohibited, (planner = new Planner(prohibited)));
  const out: WalkNode[] = [];
  visitChecked(value, fields, undefined, undefined, 0, out, planner);
  return out;
}

const hasOwn = Object.prototype.hasOwnProperty;

function visitChecked(value: object, map: FieldMap | undefined, itemRule: FieldRule | undefined, parent: Node | undefined, depth: number, out: WalkNode[], planner: Planner): void {
  if (depth >= MAX_WALK_DEPTH) return;
  if (Array.isArray(value)) {
    const keep = checkedRule(itemRule);
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      const container = typeof child === 'object' && child !== null;
      if (!keep && !container) continue;
      const node = new Node(String(i), child, itemRule, true, parent, depth + 1);
      if (keep) out.push(node);
      if (container) visitChecked(child, itemRule?.fields, itemRule?.items, node, depth + 1, out, planner);
    }
    return;
  }
  const plans = map === undefined ? undefined : planner.declared(map);
  // `for…in` with an own-property check walks the keys in Object.keys order without building the array.
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    const plan = plans === undefined ? undefined : plans.get(key);
    const child = (value as Record<string, unknown>)[key];
    const container = typeof child === 'object' && child !== null;
    const keep = plan === undefined ? planner.undeclared(key) : plan.keep;
    if (!keep && !container) continue;
    const rule = plan === undefined ? undefined : plan.rule;
    const node = new Node(key, child, rule, false, parent, depth + 1);
    if (keep) out.push(node);
    if (container) visitChecked(child, rule?.fields, rule?.items, node, depth + 1, out, planner);
  }
}
