import { joinPointer } from '../_pointer.js';
import { normalizeName } from '../compile/names.js';
import type { FieldMap, FieldRule } from '../policy/types.js';
import { addChange, type DiffContext } from './_context.js';
import { personalReason } from './_personal.js';
import { diffFieldRule } from './diff-field-rule.js';

/** Nested field levels compared at most (deeper levels are left alone). */
export const MAX_FIELD_DEPTH = 32;

/** Where a field map sits: its pointer in the policy and the dotted path of its parent field. */
export interface FieldScope {
  readonly pointer: string;
  readonly path: string;
  readonly depth: number;
}

/** Dotted display path of a child field: `user.email`, `tags[]`. */
export function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/**
 * Compare two field maps: new fields (collection expands; personal ones are more serious),
 * removed fields (reduces), renamed ones (same normalised name) and changed rules.
 */
export function diffFieldMap(ctx: DiffContext, base: FieldMap | undefined, head: FieldMap | undefined, scope: FieldScope): void {
  if (scope.depth > MAX_FIELD_DEPTH) return;
  const before = base ?? {};
  const after = head ?? {};
  const onlyBefore = Object.keys(before).filter((n) => !Object.hasOwn(after, n));
  // Base-only names by normalised name, so a rename (`userId` → `user_id`) is found in constant time.
  const candidates = new Map<string, string[]>();
  for (const n of onlyBefore) candidates.set(normalizeName(n), [...(candidates.get(normalizeName(n)) ?? []), n]);
  const renamedFrom = new Set<string>();
  for (const name of Object.keys(after)) {
    const pointer = joinPointer(scope.pointer, name);
    const path = childPath(scope.path, name);
    const headRule = after[name] as FieldRule;
    if (Object.hasOwn(before, name)) {
      diffFieldRule(ctx, before[name] as FieldRule, headRule, name, { pointer, path, depth: scope.depth + 1 });
      continue;
    }
    const old = candidates.get(normalizeName(name))?.shift();
    if (old !== undefined) {
      renamedFrom.add(old);
      addChange(ctx, {
        topic: 'field', direction: 'neutral', pointer, subject: path,
        message: `Field "${childPath(scope.path, old)}" is renamed "${path}" (same normalised name).`,
      });
      diffFieldRule(ctx, before[old] as FieldRule, headRule, name, { pointer, path, depth: scope.depth + 1 });
      continue;
    }
    const reason = personalReason(name, headRule);
    addChange(ctx, {
      topic: 'field', direction: 'expands', code: 'collection-field-added', pointer, subject: path,
      message: `New field "${path}"${reason ? ` (personal data: ${reason})` : ''}: collection expands.`,
      personal: reason !== undefined, dpia: true, controls: reason ? ['prohibited-data'] : [],
    });
  }
  for (const name of onlyBefore) {
    if (renamedFrom.has(name)) continue;
    addChange(ctx, {
      topic: 'field', direction: 'reduces', pointer: scope.pointer, subject: childPath(scope.path, name),
      message: `Field "${childPath(scope.path, name)}" is removed: it may no longer be collected.`,
    });
  }
}
