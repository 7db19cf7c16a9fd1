import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeUtf8 } from '../_fs.js';
import { compilePolicy, type CompiledPolicy } from '../compile/compile.js';
import { isToolError, ToolError, wrapError } from '../errors.js';
import { MAX_POLICY_BYTES, parsePolicy } from '../policy/load.js';

/** A compiled policy, or the ToolError its file gave (both are cached). */
export type PolicyEntry = { readonly ok: true; readonly compiled: CompiledPolicy } | { readonly ok: false; readonly error: ToolError };

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly entry: PolicyEntry;
}

const cache = new Map<string, Cached>();

/**
 * Load and compile the policy at `path` (resolved against `cwd`) synchronously, once per file version:
 * the cache is keyed by absolute path and revalidated by mtime and size. Never throws.
 */
export function policyAt(path: string, cwd: string = process.cwd()): PolicyEntry {
  const file = resolve(cwd, path);
  let mtimeMs = -1;
  let size = -1;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return failed(new ToolError('policy-unreadable', `policy ${path} is a directory`));
    mtimeMs = info.mtimeMs;
    size = info.size;
  } catch (error) {
    return failed(new ToolError('policy-unreadable', `policy ${path} cannot be read: ${reasonOf(error)}`));
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.entry;
  const entry = load(file, path, size);
  cache.set(file, { mtimeMs, size, entry });
  return entry;
}

function load(file: string, label: string, size: number): PolicyEntry {
  if (size > MAX_POLICY_BYTES) {
    return failed(new ToolError('input-too-large', `policy ${label} is ${size} bytes, over the limit of ${MAX_POLICY_BYTES}`));
  }
  try {
    const bytes = readFileSync(file);
    const text = decodeUtf8(bytes, `policy ${label}`, 'policy-invalid');
    const loaded = parsePolicy(text, label, createHash('sha256').update(bytes).digest('hex'));
    return { ok: true, compiled: compilePolicy(loaded) };
  } catch (error) {
    return failed(isToolError(error) ? error : wrapError(`policy ${label}`, 'compile-failed', error));
  }
}

function failed(error: ToolError): PolicyEntry {
  return { ok: false, error };
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return typeof code === 'string' ? code : 'unknown error';
}
