// Control characters, DEL, C1 controls, line/paragraph separators and bidi overrides: hostile
// field names or messages must not move the cursor, recolour a terminal or CI log, or reorder a line.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Make every control character visible as `\u001b`, so a line stays one inert line. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
