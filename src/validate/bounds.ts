import { ToolError } from '../errors.js';

/** Deepest nesting a payload may have; deeper ones are refused as hostile. */
export const MAX_PAYLOAD_DEPTH = 200;

/**
 * Throw a ToolError when `payload` nests deeper than MAX_PAYLOAD_DEPTH. Recursion is bounded by
 * that depth (it stops descending there), so it never overflows.
 */
export function assertBounded(payload: unknown, where: string): void {
  if (typeof payload === 'object' && payload !== null && !withinDepth(payload, 0)) {
    throw new ToolError('input-invalid', `${where}: payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`);
  }
}

/** True when no container below `value` (itself at `depth`) sits at MAX_PAYLOAD_DEPTH or deeper. */
function withinDepth(value: object, depth: number): boolean {
  if (depth >= MAX_PAYLOAD_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && !withinDepth(child, depth + 1)) return false;
    }
    return true;
  }
  // Own enumerable values only (Object.values is about twice as fast as for…in with an own-property check here).
  const children = Object.values(value);
  for (let i = 0; i < children.length; i++) {
    const child: unknown = children[i];
    if (typeof child === 'object' && child !== null && !withinDepth(child, depth + 1)) return false;
  }
  return true;
}
