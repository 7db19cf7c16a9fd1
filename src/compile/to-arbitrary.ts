import fc from 'fast-check';
import { ToolError } from '../errors.js';
import type { Policy } from '../policy/types.js';
import { arbContext } from './arbitrary/context.js';
import type { Mutant, MutationClass } from './arbitrary/mutant.js';
import { detectorClasses } from './arbitrary/pii-mutations.js';
import { missingFieldClass, prohibitedFieldClass, unknownFieldClass } from './arbitrary/structural.js';
import { consentClasses, granularityClass, invalidValueClass, pseudonymClass, samplingClass } from './arbitrary/value-mutations.js';
import { objectValue, type JsonRecord } from './arbitrary/values.js';

export type { Mutant, MutationClass } from './arbitrary/mutant.js';
export type { JsonRecord } from './arbitrary/values.js';

/**
 * Records that conform to a policy: every declared field may appear (required ones always), with
 * realistic values that honour type, enum, const, pattern, format, bounds, lengths, nested fields,
 * items, pseudonym form, granularity, sampling range and the consent flag (true). Values never look
 * like personal data. Deterministic for a fast-check seed.
 */
export function conformingRecord(policy: Policy): fc.Arbitrary<JsonRecord> {
  const ctx = arbContext(policy);
  return objectValue(ctx, policy.fields, [], policy.unknownFields ?? 'reject');
}

/** Every violation class that applies to a policy, each with the finding code its mutants must produce. */
export function mutationClasses(policy: Policy): MutationClass[] {
  const ctx = arbContext(policy);
  const classes = [
    unknownFieldClass(ctx),
    prohibitedFieldClass(ctx),
    ...detectorClasses(ctx),
    pseudonymClass(ctx),
    granularityClass(ctx),
    samplingClass(ctx),
    ...consentClasses(ctx),
    invalidValueClass(ctx),
    missingFieldClass(ctx),
  ];
  return classes.filter((c): c is MutationClass => c !== undefined);
}

/** Records that break a policy in one known way, each with its oracle code and a description of the mutation. */
export function violatingRecord(policy: Policy): fc.Arbitrary<Mutant> {
  const classes = mutationClasses(policy);
  if (classes.length === 0) throw new ToolError('compile-failed', `arbitrary: policy "${policy.policy}" admits no violation (it allows unknown fields and prohibits nothing)`);
  return fc.oneof(...classes.map((c) => c.arbitrary));
}
