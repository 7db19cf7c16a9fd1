import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { ToolError } from '../errors.js';

/** Limits that keep a hostile pattern or a huge tree from hanging the run. */
export const GLOB_LIMITS = { maxDepth: 32, maxVisited: 100_000, maxMatches: 10_000 } as const;

/** True when a path pattern has a wildcard (`*`, `**` or `?`). */
export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Regular expression for one path segment: `*` any run of characters but `/`, `?` one character; the rest literal. */
export function segmentRegExp(segment: string): RegExp {
  const body = [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 's');
}

/**
 * Files matching `pattern` (`/`-separated, relative to `base` unless absolute), sorted.
 * `**` matches zero or more directories; hidden entries match only a segment that starts with `.`;
 * symbolic links to directories are not followed. A pattern without wildcards is returned as is.
 */
export async function expandGlob(pattern: string, base: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(base, pattern);
  if (!hasWildcard(pattern)) return [absolute];
  const segments = pattern.split('/').filter((s, i, all) => (s !== '' || i === 0) && !(s === '**' && all[i - 1] === '**'));
  const literal: string[] = [];
  while (segments.length > 0 && !hasWildcard(segments[0]!)) literal.push(segments.shift()!);
  if (segments.some((s) => s === '..' || s === '.')) throw new ToolError('usage', `glob "${pattern.slice(0, 80)}": "." and ".." may appear only before the first wildcard`);
  const root = isAbsolute(pattern) ? resolve(sep, ...literal) : resolve(base, ...literal);
  const state = { visited: 0, matches: new Set<string>() };
  await walk(root, segments, 0, state, pattern);
  return [...state.matches].sort();
}

interface WalkState {
  visited: number;
  readonly matches: Set<string>;
}

async function walk(dir: string, segments: readonly string[], depth: number, state: WalkState, pattern: string): Promise<void> {
  const [head, ...rest] = segments;
  if (head === undefined || depth > GLOB_LIMITS.maxDepth) return;
  if (head === '**') {
    await walk(dir, rest, depth, state, pattern);
    for (const name of await subdirectories(dir, state, pattern)) await walk(join(dir, name), segments, depth + 1, state, pattern);
    return;
  }
  const matcher = segmentRegExp(head);
  const entries = await list(dir, state, pattern);
  for (const entry of entries) {
    if (entry.name.startsWith('.') && !head.startsWith('.')) continue;
    if (!matcher.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (rest.length === 0) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) add(state, path, pattern);
    } else if (entry.isDirectory()) {
      await walk(path, rest, depth + 1, state, pattern);
    }
  }
}

async function subdirectories(dir: string, state: WalkState, pattern: string): Promise<string[]> {
  const entries = await list(dir, state, pattern);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules').map((e) => e.name);
}

async function list(dir: string, state: WalkState, pattern: string): Promise<Dirent[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  state.visited += entries.length;
  if (state.visited > GLOB_LIMITS.maxVisited) throw new ToolError('input-too-large', `glob "${pattern.slice(0, 80)}" visits more than ${GLOB_LIMITS.maxVisited} entries`);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function add(state: WalkState, path: string, pattern: string): void {
  state.matches.add(path);
  if (state.matches.size > GLOB_LIMITS.maxMatches) throw new ToolError('input-too-large', `glob "${pattern.slice(0, 80)}" matches more than ${GLOB_LIMITS.maxMatches} files`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
