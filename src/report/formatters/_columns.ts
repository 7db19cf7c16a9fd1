/** How a column is aligned. */
export type Align = 'left' | 'right';

/** Width of a string in code points (good enough for a terminal; wide glyphs may misalign). */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * Pad cells so columns line up. The last column is not padded on the right, so lines carry no
 * trailing spaces. Returns the padded cells; the caller joins (and may colour) them.
 */
export function padColumns(rows: readonly (readonly string[])[], align: readonly Align[] = []): string[][] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row.map((cell, i) => {
      const fill = ' '.repeat((widths[i] ?? 0) - width(cell));
      if (align[i] === 'right') return fill + cell;
      return i === row.length - 1 ? cell : cell + fill;
    }),
  );
}
