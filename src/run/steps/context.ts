import type { CompiledPolicy } from '../../compile/compile.js';
import type { Severity } from '../../findings/codes.js';
import type { LoadedPolicy } from '../../policy/types.js';

/** What every step of one policy shares. */
export interface PolicyContext {
  readonly loaded: LoadedPolicy;
  readonly compiled: CompiledPolicy;
  /** The policy path as a person types it from the working directory. */
  readonly policyArg: string;
  /** Absolute directory config paths are relative to. */
  readonly configDir: string;
  /** The working directory commands are shown relative to. */
  readonly cwd: string;
  readonly failOn: Severity;
}
