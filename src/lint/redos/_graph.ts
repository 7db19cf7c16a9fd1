/** Small graph helpers for the ReDoS analysis: iterative Tarjan SCC and breadth-first reachability. */

/** Adjacency of a graph over arbitrary numeric node ids. */
export type Adjacency = ReadonlyMap<number, readonly number[]>;

/** Strongly connected components: node → component id, plus whether each component has a cycle. */
export function stronglyConnected(nodes: Iterable<number>, next: Adjacency): { comp: Map<number, number>; cyclic: Set<number> } {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const comp = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const cyclic = new Set<number>();
  let counter = 0;
  let comps = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, i] = frame;
      if (i === 0 && !index.has(v)) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
      }
      const succ = next.get(v) ?? [];
      if (i < succ.length) {
        frame[1]++;
        const w = succ[i] as number;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]) as number, low.get(v) as number));
      if (low.get(v) !== index.get(v)) continue;
      const members: number[] = [];
      let w: number;
      do {
        w = stack.pop() as number;
        onStack.delete(w);
        comp.set(w, comps);
        members.push(w);
      } while (w !== v);
      if (members.length > 1 || (next.get(v) ?? []).includes(v)) cyclic.add(comps);
      comps++;
    }
  }
  return { comp, cyclic };
}

/** Nodes reachable from `start` (inclusive), stopping early once `budget.steps` runs out. */
export function reachable(start: number, next: Adjacency, budget: { steps: number }): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const w of next.get(queue[head] as number) ?? []) {
      if (--budget.steps < 0) throw new RangeError('budget');
      if (!seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

/** The reverse of an adjacency. */
export function reverse(next: Adjacency): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [v, succ] of next) {
    for (const w of succ) {
      const row = out.get(w);
      if (row) row.push(v);
      else out.set(w, [v]);
    }
  }
  return out;
}
