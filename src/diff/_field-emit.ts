import { joinPointer } from '../_pointer.js';
import type { ControlId } from '../findings/regulations.js';
import type { FieldRule } from '../policy/types.js';
import { addChange, type DiffContext } from './_context.js';
import type { ChangeDirection, DiffCode } from './types.js';

/** A field rule pair under comparison, with helpers that record changes against it. */
export interface RulePair {
  readonly ctx: DiffContext;
  readonly base: FieldRule;
  readonly head: FieldRule;
  /** Pointer of the head rule. */
  readonly pointer: string;
  /** Dotted field path. */
  readonly path: string;
  /** Why the head field counts as personal data, if it does. */
  readonly personal: string | undefined;
}

/** Options of one recorded field change. */
export interface FieldChangeOptions {
  readonly code?: DiffCode;
  readonly controls?: readonly ControlId[];
  readonly dpia?: boolean;
}

/** Record a change of `key` in this field rule (the pointer is the key when the head still has it). */
export function fieldChange(
  pair: RulePair,
  key: string,
  direction: ChangeDirection,
  what: string,
  options: FieldChangeOptions = {},
): void {
  const pointer = Object.hasOwn(pair.head, key) ? joinPointer(pair.pointer, key) : pair.pointer;
  const serious = direction === 'expands' && pair.personal !== undefined;
  const tail = direction === 'expands' ? (serious ? ` (personal data: ${pair.personal})` : '') : '';
  addChange(pair.ctx, {
    topic: options.code === 'consent-loosened' ? 'consent' : 'field',
    direction,
    ...(options.code ? { code: options.code } : direction === 'expands' ? { code: 'field-loosened' as const } : {}),
    pointer,
    subject: pair.path,
    message: `Field "${pair.path}": ${what}${tail}.`,
    personal: serious,
    dpia: direction === 'expands' && (options.dpia === true || serious),
    controls: [...(options.controls ?? []), ...(serious ? (['prohibited-data'] as const) : [])],
  });
}
