import { visible } from './_visible.js';

// ASCII punctuation that can start inline Markdown (emphasis, code, links, HTML, tables, entities).
const SPECIAL = /[\\`*_[\]<>|&~#!]/g;

const flatten = (text: string): string => visible(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));

/** Escape text for a Markdown paragraph or GFM table cell; line breaks become spaces, controls visible. */
export function mdText(text: string): string {
  return flatten(text).replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * A code span for a GFM table cell that survives any content: the fence is longer than the
 * longest backtick run inside, pipes are escaped, line breaks become spaces.
 */
export function mdCode(text: string): string {
  if (text === '') return '';
  // GFM splits rows on a pipe not preceded by an odd run of backslashes (`\\` is an escaped
  // backslash), so make each run before a pipe even, then escape the pipe.
  const flat = flatten(text).replace(/(\\*)\|/g, (_, run: string) => `${run}${run.length % 2 === 1 ? '\\' : ''}\\|`);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence cannot be closed by the content; controls made visible. */
export function mdBlock(raw: string, info = ''): string {
  const text = visible(raw);
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

/** A GFM table; `right` marks right-aligned columns. Cells must already be escaped. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const rule = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)];
}
