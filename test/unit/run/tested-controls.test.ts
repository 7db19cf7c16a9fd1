import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StepKind } from '../../../src/evidence/types.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Policy } from '../../../src/policy/types.js';
import type { Scenario } from '../../../src/probe/scenarios.js';
import { testedControls } from '../../../src/run/tested-controls.js';

const seed = (id: string): Policy => parsePolicy(readFileSync(`policies/${id}.policy.yaml`, 'utf8'), `${id}.policy.yaml`).policy;
const POLICIES = Object.fromEntries(['automagik', 'common-fate', 'sahasrahbot', 'webwaka-sharing', 'wiretuner'].map((id) => [id, seed(id)]));

describe('testedControls', () => {
  it.each<[string, StepKind, string[]]>([
    ['automagik', 'validate', ['allow-list', 'prohibited-data', 'pseudonymisation', 'aggregation']],
    ['automagik', 'test', ['allow-list', 'prohibited-data', 'pseudonymisation', 'aggregation']],
    ['common-fate', 'validate', ['allow-list', 'prohibited-data', 'pseudonymisation']],
    ['sahasrahbot', 'validate', ['allow-list', 'prohibited-data', 'pseudonymisation', 'aggregation', 'sampling']],
    ['webwaka-sharing', 'validate', ['allow-list', 'prohibited-data', 'pseudonymisation', 'aggregation', 'sampling']],
    ['wiretuner', 'validate', ['allow-list', 'prohibited-data', 'pseudonymisation', 'sampling']],
    ['automagik', 'fuzz-receiver', ['receiver-validation']],
    ['wiretuner', 'fuzz-receiver', ['fail-closed', 'receiver-validation']],
    ['automagik', 'probe-emitter', ['allow-list', 'prohibited-data', 'opt-in-default', 'consent-record', 'ci-dev-disable', 'file-opt-out']],
    ['sahasrahbot', 'probe-emitter', ['allow-list', 'prohibited-data', 'opt-in-default', 'consent-record']],
    ['webwaka-sharing', 'probe-emitter', ['opt-in-default']],
    ['common-fate', 'lint', ['records-dpia']],
    ['sahasrahbot', 'bench-receiver', []],
  ])('%s %s', (id, kind, expected) => {
    expect(testedControls(kind, POLICIES[id]!)).toEqual(expected);
  });

  const scenario = (env: Record<string, string>, expect: Scenario['expect'], homeFiles: Record<string, string> = {}): Scenario => ({ name: 's', env, homeFiles, expect });
  it.each<[string, Scenario[], string[]]>([
    ['a DO_NOT_TRACK scenario', [scenario({ AUTOMAGIK_TELEMETRY_ENABLED: 'true', DO_NOT_TRACK: '1' }, 'silent')], ['dnt-signal']],
    ['an enabled scenario', [scenario({ AUTOMAGIK_TELEMETRY_ENABLED: 'true' }, 'send')], ['allow-list', 'prohibited-data', 'consent-record']],
    ['nothing set', [scenario({}, 'silent')], ['opt-in-default']],
    ['a CI variable the policy lists', [scenario({ JENKINS: 'true' }, 'silent')], ['ci-dev-disable']],
    ['a dev environment', [scenario({ ENVIRONMENT: 'development' }, 'silent')], ['ci-dev-disable']],
    ['an opt-out file', [scenario({ AUTOMAGIK_TELEMETRY_ENABLED: 'true' }, 'silent', { '.automagik-no-telemetry': '' })], ['file-opt-out']],
    ['no scenarios', [], []],
  ])('probe-emitter with the scenarios of a file: %s', (_, scenarios, expected) => {
    expect(testedControls('probe-emitter', POLICIES['automagik']!, scenarios)).toEqual(expected);
  });
});
