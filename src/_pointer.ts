/**
 * RFC 6901 JSON pointers: escaping, joining, parsing and resolving.
 * Pointers always address the payload as it was written.
 */

/** Escape one pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text;
}

/** Undo {@link escapePointerSegment}. */
export function unescapePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Append escaped segments to a pointer: `joinPointer('/batch', 0, 'a/b')` → `/batch/0/a~1b`. */
export function joinPointer(base: string, ...segments: readonly (string | number)[]): string {
  let out = base;
  for (const segment of segments) out += `/${escapePointerSegment(segment)}`;
  return out;
}

/** Split a pointer into unescaped segments; undefined when it is not a pointer (`''` or `/…`). */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** The value at `pointer` in `doc` (own properties and array indexes only); undefined when absent. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  const segments = parsePointer(pointer);
  if (segments === undefined) return undefined;
  let node: unknown = doc;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      if (!ARRAY_INDEX.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}
