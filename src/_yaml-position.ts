import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { parsePointer } from './_pointer.js';
import type { SourcePosition } from './policy/types.js';

/** Position of the YAML node at `pointer` (the key's own line for a map entry); the nearest ancestor when it does not exist. */
export function yamlPosition(doc: Document, counter: LineCounter, pointer: string): SourcePosition {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of parsePointer(pointer) ?? []) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = counter.linePos(offset);
  return { line, col };
}
