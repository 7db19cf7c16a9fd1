import { describeValue } from '../../findings/mask.js';
import type { Check } from './types.js';
import { joinPointer } from '../../envelope/pointer.js';
import { lookupField } from './record-fields.js';

const FALSE_VALUES = new Set<unknown>([false, 'false', 0, '0', 'no', 'off']);
const TRUE_VALUES = new Set<unknown>([true, 'true', 1, '1', 'yes', 'on']);

/** consent-flag-missing / opted-out-payload: the payload's own consent flag (`consent.payloadFlag`). */
export const checkConsentFlag: Check = (compiled, record) => {
  const flag = compiled.policy.consent?.payloadFlag;
  if (!flag) return [];
  const { found, value, path } = lookupField(record, flag.field);
  if (!found || value === null) {
    if (flag.required === false) return [];
    return [{ code: 'consent-flag-missing', pointer: '', field: flag.field, message: `Consent flag "${flag.field}" is missing; every payload must carry it.` }];
  }
  if (TRUE_VALUES.has(value)) return [];
  if (FALSE_VALUES.has(value)) {
    const consequence = flag.whenFalse === 'reject' ? 'it must not be sent' : 'it must not be sent, and a receiver must discard it';
    return [{ code: 'opted-out-payload', pointer: joinPointer('', ...path), field: flag.field, message: `Consent flag "${flag.field}" is false: ${consequence}.` }];
  }
  return [{ code: 'invalid-value', pointer: joinPointer('', ...path), field: flag.field, message: `Consent flag "${flag.field}" must be a boolean, received ${describeValue(value)}.` }];
};
