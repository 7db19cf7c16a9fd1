import type fc from 'fast-check';
import type { FindingCode } from '../../findings/codes.js';
import type { Entity } from '../../findings/entities.js';
import type { JsonRecord } from './values.js';

/** A record that breaks the policy in one known way, with the finding code the validator must give it. */
export interface Mutant {
  readonly record: JsonRecord;
  /** The one finding code this record must produce. */
  readonly oracle: FindingCode;
  /** What was done, in words; names fields and pointers, never a generated value. */
  readonly mutation: string;
  /** Logical pointer of the mutated key or value. */
  readonly pointer: string;
  /** For detector mutants: the entity planted. */
  readonly entity?: Entity;
}

/** All the mutants of one violation class of a policy. */
export interface MutationClass {
  /** Class name: the oracle code, e.g. `unknown-field`, `opted-out-payload`. */
  readonly name: string;
  readonly oracle: FindingCode;
  readonly arbitrary: fc.Arbitrary<Mutant>;
}
