import type { CompiledPolicy } from '../../compile/compile.js';
import type { FindingCode, Severity } from '../../findings/codes.js';
import type { Entity } from '../../findings/entities.js';
import type { WalkNode } from '../walk.js';

/** A finding as a check sees it: the pointer is into the record value, not yet the payload. */
export interface Draft {
  readonly code: FindingCode;
  readonly pointer: string;
  readonly message: string;
  readonly field?: string;
  readonly severity?: Severity;
  readonly entity?: Entity;
  readonly evidence?: string;
  readonly disguise?: readonly string[];
  readonly rule?: string;
}

/** A record-level check: a small named function over the record's checked nodes (see walkChecked). */
export type Check = (compiled: CompiledPolicy, record: Record<string, unknown>, nodes: readonly WalkNode[]) => Draft[];
