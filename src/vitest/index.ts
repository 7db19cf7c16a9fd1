/**
 * telemetry-gate/vitest: `import 'telemetry-gate/vitest'` registers `expect(payload).toComplyWith(policyPath, options?)`.
 * Policies resolve against process.cwd() and are compiled once per file version.
 */
// The bare import keeps `vitest` in the emitted .d.ts, which the `declare module 'vitest'` augmentation below needs.
import 'vitest';
import { expect } from 'vitest';
import { toComplyWith, type ComplyOptions } from './to-comply-with.js';

expect.extend({ toComplyWith });

export { toComplyWith, type ComplyOptions, type ComplyResult } from './to-comply-with.js';

/** The matcher's signature, as `expect(x)` and `expect.*` (asymmetric) see it. */
interface ComplyMatchers<R = unknown> {
  /** Pass when the payload (object, array, JSON/NDJSON string or Buffer) has no finding at or above `failOn` (default `error`). */
  toComplyWith: (policyPath: string, options?: ComplyOptions) => R;
}

declare module 'vitest' {
  interface Assertion<T = any> extends ComplyMatchers<void> {}
  interface AsymmetricMatchersContaining extends ComplyMatchers {}
}
