import { stat } from 'node:fs/promises';
import { isToolError, ToolError } from '../errors.js';
import { loadPolicy, parsePolicy } from '../policy/load.js';
import type { LoadedPolicy } from '../policy/types.js';
import { gitShow } from './git-base.js';

/** A base and a head policy to compare; null where the policy does not exist on that side. */
export interface PolicyPair {
  readonly base: LoadedPolicy | null;
  readonly head: LoadedPolicy | null;
  /** The path as the user named it (or as found under policies/). */
  readonly path: string;
}

/** A policy ToolError made one line: the message plus its first problem. */
export function oneLine(error: unknown): unknown {
  if (!isToolError(error) || error.details.length === 0) return error;
  const more = error.details.length > 1 ? ` (and ${error.details.length - 1} more)` : '';
  return new ToolError(error.code, `diff: ${error.message}: ${error.details[0] ?? ''}${more}`, { cause: error });
}

/** Load a policy file for a diff; broken or unreadable policies fail in one line. */
export async function loadSide(file: string, label: string): Promise<LoadedPolicy> {
  try {
    return await loadPolicy(file, label);
  } catch (error) {
    throw oneLine(error);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The policy at `path` in the working tree (head) and at git `ref` (base). A policy new in the
 * working tree has no base; one deleted there has no head; missing on both sides is an error.
 */
export async function loadGitPair(ref: string, path: string, absolute: string, cwd: string): Promise<PolicyPair> {
  const text = await gitShow(ref, path, cwd);
  const head = (await exists(absolute)) ? await loadSide(absolute, path) : null;
  let base: LoadedPolicy | null = null;
  if (text !== null) {
    try {
      base = parsePolicy(text, `${ref}:${path}`);
    } catch (error) {
      throw oneLine(error);
    }
  }
  if (base === null && head === null) throw new ToolError('policy-unreadable', `diff: ${path} exists neither in the working tree nor at ${ref.slice(0, 60)}`);
  return { base, head, path };
}
