import { joinPointer } from '../_pointer.js';
import { CODES } from '../findings/codes.js';
import { provisionsOf, type ControlId, type Regime } from '../findings/regulations.js';
import type { LoadedPolicy } from '../policy/types.js';
import type { ChangeDirection, ChangeTopic, DiffCode, PolicyChange } from './types.js';

/** Changes kept per policy pair at most (a hostile policy cannot make the output unbounded). */
export const MAX_CHANGES = 2000;

/** What every comparison needs: where to put changes, how to locate them, which regimes to cite. */
export interface DiffContext {
  readonly head: LoadedPolicy | null;
  readonly file: string;
  readonly regimes: readonly Regime[] | undefined;
  readonly changes: PolicyChange[];
}

/** A change as a comparison reports it; the context fills in file, line, controls and provisions. */
export interface ChangeInit {
  readonly topic: ChangeTopic;
  readonly direction: ChangeDirection;
  /** Required for `expands`; `review` defaults to `policy-changed`. */
  readonly code?: DiffCode;
  readonly pointer: string;
  readonly subject: string;
  readonly message: string;
  readonly personal?: boolean;
  readonly dpia?: boolean;
  /** Controls beyond the code's catalogue controls. */
  readonly controls?: readonly ControlId[];
}

/** Record one change (bounded by MAX_CHANGES). */
export function addChange(ctx: DiffContext, init: ChangeInit): void {
  if (ctx.changes.length >= MAX_CHANGES) return;
  const code: DiffCode | undefined =
    init.direction === 'expands' || init.direction === 'review' ? (init.code ?? 'policy-changed') : undefined;
  const dpia = init.dpia ?? false;
  const controls = unique([
    ...(code ? CODES[code].controls : []),
    ...(init.controls ?? []),
    ...(dpia ? (['records-dpia'] as const) : []),
  ]);
  const line = ctx.head ? ctx.head.locate(init.pointer).line : undefined;
  ctx.changes.push({
    topic: init.topic,
    direction: init.direction,
    ...(code ? { code } : {}),
    file: ctx.file,
    pointer: init.pointer,
    ...(line !== undefined ? { line } : {}),
    subject: init.subject,
    message: init.message,
    personal: init.personal ?? false,
    dpia,
    controls,
    provisions: provisionsOf(controls, ctx.regimes),
  });
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Pointer to the deepest node of `segments` that exists in the head policy (`''` when none). */
export function headPointer(ctx: DiffContext, ...segments: readonly (string | number)[]): string {
  let node: unknown = ctx.head?.policy;
  let pointer = '';
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string | number, unknown>)[segment];
    pointer = joinPointer(pointer, segment);
  }
  return pointer;
}
