import type { CharSet } from './charset.js';
import type { RegexNode } from './parse.js';

/** A loop of the automaton: the quantifier node that creates it. */
export type LoopNode = Extract<RegexNode, { kind: 'quant' }>;

/**
 * A Glushkov automaton (one state per character position, no ε-moves). `follow` keeps, for
 * every edge, the constructs that added it: two sources for one edge is two paths (as in
 * `(a*)*`), which a plain set would hide. Counted quantifiers up to {@link MAX_UNROLL} are
 * unrolled; larger bounds become an unbounded loop (conservative).
 */
export interface Automaton {
  readonly sets: CharSet[];
  /** Loops enclosing each position, outermost first. */
  readonly loops: (readonly LoopNode[])[];
  readonly follow: Map<number, Map<number, (LoopNode | null)[]>>;
}

/** Largest counted repetition unrolled exactly. */
export const MAX_UNROLL = 8;
/** Positions beyond this make a pattern unanalysable. */
export const MAX_POSITIONS = 5000;

/** Thrown when the automaton would exceed {@link MAX_POSITIONS}. */
export class TooComplexError extends Error {}

interface Part {
  readonly nullable: boolean;
  readonly first: readonly number[];
  readonly last: readonly number[];
}

const EMPTY_PART: Part = { nullable: true, first: [], last: [] };

/** Work allowance shared by the build and the search; each position and edge costs a step. */
export interface Budget {
  steps: number;
}

interface Builder extends Automaton {
  readonly budget: Budget;
}

/** Build the automaton of a parsed pattern (lookaround bodies become disconnected sub-automata). */
export function buildAutomaton(root: RegexNode, budget: Budget = { steps: Infinity }): Automaton {
  const builder: Builder = { sets: [], loops: [], follow: new Map(), budget };
  build(builder, root, []);
  return { sets: builder.sets, loops: builder.loops, follow: builder.follow };
}

function spend(a: Builder): void {
  if (--a.budget.steps < 0) throw new TooComplexError('work budget exhausted');
}

function build(a: Builder, node: RegexNode, loops: readonly LoopNode[]): Part {
  switch (node.kind) {
    case 'char': {
      if (a.sets.length >= MAX_POSITIONS) throw new TooComplexError('too many positions');
      spend(a);
      const p = a.sets.length;
      a.sets.push(node.set);
      a.loops.push(loops);
      return { nullable: false, first: [p], last: [p] };
    }
    case 'empty':
      return EMPTY_PART;
    case 'group':
      if (node.look) {
        build(a, node.body, loops);
        return EMPTY_PART;
      }
      return build(a, node.body, loops);
    case 'alt':
      return node.branches.map((b) => build(a, b, loops)).reduce(alt, { nullable: false, first: [], last: [] });
    case 'seq':
      return node.items.reduce<Part>((acc, item) => seq(a, acc, build(a, item, loops), null), EMPTY_PART);
    case 'quant':
      return quant(a, node, loops);
  }
}

function quant(a: Builder, node: LoopNode, loops: readonly LoopNode[]): Part {
  const { min, max } = node;
  if (max === 0) return EMPTY_PART;
  const copy = (inner: readonly LoopNode[] = loops): Part => build(a, node.body, inner);
  // A counted repetition of something of variable length (`(a{1,8}){1,8}`) multiplies the ways to
  // split a string: analysed as unbounded, since its real cost grows exponentially with nesting.
  const unbounded = max === Infinity || max > MAX_UNROLL || (max >= 2 && hasVariableQuantifier(node.body));
  const mandatory = unbounded ? Math.max(0, Math.min(min, MAX_UNROLL) - 1) : min;
  let part = EMPTY_PART;
  for (let i = 0; i < mandatory; i++) part = seq(a, part, copy(), null);
  if (unbounded) {
    const inner = [...loops, node];
    const body = copy(inner);
    for (const p of body.last) for (const q of body.first) addEdge(a, p, q, node);
    const looped = min === 0 ? { ...body, nullable: true } : body;
    return seq(a, part, looped, null);
  }
  // Optional copies nest, as a counter would: the (k+1)th only after the kth.
  let optional = EMPTY_PART;
  for (let i = 0; i < max - min; i++) optional = { ...seq(a, copy(), optional, null), nullable: true };
  return seq(a, part, optional, null);
}

function seq(a: Builder, x: Part, y: Part, source: LoopNode | null): Part {
  for (const p of x.last) for (const q of y.first) addEdge(a, p, q, source);
  return {
    nullable: x.nullable && y.nullable,
    first: x.nullable ? [...x.first, ...y.first] : x.first,
    last: y.nullable ? [...y.last, ...x.last] : y.last,
  };
}

function alt(x: Part, y: Part): Part {
  return { nullable: x.nullable || y.nullable, first: [...x.first, ...y.first], last: [...x.last, ...y.last] };
}

function addEdge(a: Builder, p: number, q: number, source: LoopNode | null): void {
  spend(a);
  let row = a.follow.get(p);
  if (!row) a.follow.set(p, (row = new Map()));
  const sources = row.get(q);
  if (sources) sources.push(source);
  else row.set(q, [source]);
}

function hasVariableQuantifier(node: RegexNode): boolean {
  switch (node.kind) {
    case 'quant':
      return node.max > node.min || hasVariableQuantifier(node.body);
    case 'group':
      return hasVariableQuantifier(node.body);
    case 'seq':
      return node.items.some(hasVariableQuantifier);
    case 'alt':
      return node.branches.some(hasVariableQuantifier);
    default:
      return false;
  }
}
