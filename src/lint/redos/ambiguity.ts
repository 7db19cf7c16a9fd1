import { intersects } from './charset.js';
import { reachable, reverse, stronglyConnected, type Adjacency } from './_graph.js';
import { TooComplexError, type Automaton, type Budget, type LoopNode } from './glushkov.js';

/** An ambiguity found in an automaton, with the source span of the construct responsible. */
export interface Ambiguity {
  /** exponential: two loops over the same strings (EDA); polynomial: loops in sequence (IDA). */
  readonly kind: 'exponential' | 'polynomial';
  readonly span: readonly [number, number];
}

/**
 * Find exponential (EDA) then polynomial (IDA) ambiguity, after Weideman et al. (2016):
 * EDA when a strongly connected component of the pair automaton holds a state pair (q,q) and a
 * pair (p,r) with p ≠ r, or when one edge inside a cycle has two sources; IDA (approximated)
 * when (p,p) ⇝ (p,q) ⇝ (q,q) for distinct looping p, q.
 */
export function findAmbiguity(a: Automaton, budget: Budget = { steps: Infinity }): Ambiguity | undefined {
  const n = a.sets.length;
  const next: Map<number, number[]> = new Map();
  for (const [p, row] of a.follow) next.set(p, [...row.keys()]);
  const { comp, cyclic } = stronglyConnected(a.sets.keys(), next);
  const loops = (p: number): boolean => cyclic.has(comp.get(p) as number);

  for (const [p, row] of a.follow) {
    for (const [q, sources] of row) {
      if (sources.length < 2 || comp.get(p) !== comp.get(q) || !loops(p)) continue;
      const spans = sources.filter((s): s is LoopNode => s !== null).map((s) => [s.start, s.end] as const);
      spans.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
      return { kind: 'exponential', span: spans[0] ?? commonLoop(a, [p, q]) };
    }
  }

  const pairs = explorePairs(a, [...a.sets.keys()].filter(loops), budget);
  const scc = stronglyConnected(pairs.keys(), pairs);
  const diagonal = new Map<number, number>();
  for (const [id, c] of scc.comp) if (Math.floor(id / n) === id % n) diagonal.set(c, id);
  for (const [id, c] of scc.comp) {
    const d = diagonal.get(c);
    if (d === undefined || Math.floor(id / n) === id % n) continue;
    return { kind: 'exponential', span: commonLoop(a, [d % n, Math.floor(id / n), id % n]) };
  }

  const back = reverse(pairs);
  const cycling = [...a.sets.keys()].filter(loops);
  const canReachDiagonal = new Map<number, Set<number>>();
  try {
    for (const p of cycling) {
      for (const id of reachable(p * n + p, pairs, budget)) {
        const [x, q] = [Math.floor(id / n), id % n];
        if (x !== p || q === p || !loops(q)) continue;
        let into = canReachDiagonal.get(q);
        if (!into) canReachDiagonal.set(q, (into = reachable(q * n + q, back, budget)));
        if (into.has(id)) return { kind: 'polynomial', span: spanOf(a, p, q) };
      }
    }
  } catch (error) {
    if (error instanceof RangeError) throw new TooComplexError('pair search too large');
    throw error;
  }
  return undefined;
}

function explorePairs(a: Automaton, seeds: readonly number[], budget: { steps: number }): Adjacency {
  const n = a.sets.length;
  const follow: number[][] = a.sets.map((_, p) => [...(a.follow.get(p)?.keys() ?? [])]);
  const pairs = new Map<number, number[]>();
  const queue = [...new Set(seeds.map((p) => p * n + p))];
  const queued = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as number;
    const succ: number[] = [];
    pairs.set(id, succ);
    const left = follow[Math.floor(id / n)] ?? [];
    const right = follow[id % n] ?? [];
    budget.steps -= left.length * right.length;
    if (budget.steps < 0) throw new TooComplexError('pair search too large');
    for (const p of left) {
      const set = a.sets[p] ?? [];
      for (const q of right) {
        if (!intersects(set, a.sets[q] ?? [])) continue;
        const next = p * n + q;
        succ.push(next);
        if (!queued.has(next)) {
          queued.add(next);
          queue.push(next);
        }
      }
    }
  }
  return pairs;
}

/** Span of the innermost loop enclosing all the given positions (or of the outermost one). */
function commonLoop(a: Automaton, positions: readonly number[]): readonly [number, number] {
  const lists = positions.map((p) => a.loops[p] ?? []);
  const first = lists[0] ?? [];
  let common: LoopNode | undefined = first[0];
  for (let i = 0; i < first.length && lists.every((l) => l[i] === first[i]); i++) common = first[i];
  return common ? [common.start, common.end] : [0, 0];
}

function spanOf(a: Automaton, p: number, q: number): readonly [number, number] {
  const lp = a.loops[p]?.at(-1);
  const lq = a.loops[q]?.at(-1);
  if (!lp || !lq) return [0, 0];
  return [Math.min(lp.start, lq.start), Math.max(lp.end, lq.end)];
}
