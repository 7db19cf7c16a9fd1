export { detect, detectString } from './detect.js';
export { normaliseKey } from './keys.js';
export type { Detection, DetectionKind, DetectOptions, NamedPattern } from './types.js';
