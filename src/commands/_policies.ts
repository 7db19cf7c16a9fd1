import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ToolError } from '../errors.js';
import { pathIn } from './_options.js';
import type { Io } from './types.js';

/** The policy files named, or every `policies/*.policy.yaml` under the working directory. */
export async function policyFiles(command: string, named: readonly string[], io: Io): Promise<string[]> {
  if (named.length > 0) return [...named];
  try {
    const names = (await readdir(pathIn(io, 'policies'))).filter((n) => n.endsWith('.policy.yaml')).sort();
    if (names.length > 0) return names.map((n) => join('policies', n));
  } catch {
    // fall through to the usage error
  }
  throw new ToolError('usage', `${command}: name a POLICY file (no policies/*.policy.yaml here)`);
}
