import { describeValue } from '../../findings/mask.js';
import { pathOf } from '../walk.js';
import type { Check } from './types.js';
import { joinPointer } from '../../envelope/pointer.js';
import { lookupField } from './record-fields.js';

/** sample-rate-out-of-range: the record's sampling rate outside `sampling.min`..`sampling.max`. */
export const checkSampling: Check = (compiled, record, nodes) => {
  const sampling = compiled.policy.sampling;
  if (!sampling || (sampling.min === undefined && sampling.max === undefined)) return [];
  const marked = nodes.find((n) => n.rule?.sampleRate === true);
  const name = sampling.field ?? (marked ? pathOf(marked).join('.') : 'sample_rate');
  const { found, value, path } = marked && !sampling.field ? { found: true, value: marked.value, path: pathOf(marked) } : lookupField(record, name);
  if (!found) return [];
  const min = sampling.min ?? 0;
  const max = sampling.max ?? 1;
  if (typeof value === 'number' && value >= min && value <= max) return [];
  return [
    {
      code: 'sample-rate-out-of-range',
      pointer: joinPointer('', ...path),
      field: path[path.length - 1] ?? name,
      message: `Field "${name}" must be a sample rate between ${min} and ${max}, received ${typeof value === 'number' ? String(value) : describeValue(value)}.`,
    },
  ];
};
