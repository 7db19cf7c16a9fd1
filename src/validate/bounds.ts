import { ToolError } from '../errors.js';

/** Deepest nesting a payload may have; deeper ones are refused as hostile. */
export const MAX_PAYLOAD_DEPTH = 200;

/** Throw a ToolError when `payload` nests deeper than MAX_PAYLOAD_DEPTH (iterative: never overflows). */
export function assertBounded(payload: unknown, where: string): void {
  const stack: { value: unknown; depth: number }[] = [{ value: payload, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_PAYLOAD_DEPTH) {
      throw new ToolError('input-invalid', `${where}: payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`);
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
  }
}
