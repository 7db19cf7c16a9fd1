import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../../src/errors.js';
import type { Consent } from '../../../src/policy/types.js';
import { consentScenarios, homeRelative, parseScenarioFile, STANDARD_CI_VARIABLES } from '../../../src/probe/scenarios.js';

const AUTOMAGIK: Consent = {
  default: 'off',
  enable: { env: 'AUTOMAGIK_TELEMETRY_ENABLED', values: ['true'], rejectedValues: ['false'] },
  optOut: {
    env: { AUTOMAGIK_TELEMETRY_ENABLED: ['false'] },
    ci: ['CI', 'GITHUB_ACTIONS'],
    devEnv: { ENVIRONMENT: ['development'] },
    files: ['~/.automagik-no-telemetry'],
  },
  precedence: 'opt-out-wins',
};

const brief = (consent: Consent): [string, string][] => consentScenarios({ consent }).map((s) => [s.name, s.expect]);

describe('consentScenarios', () => {
  it('derives the Automagik matrix, without the duplicate opt-out value of the enable variable', () => {
    expect(brief(AUTOMAGIK)).toEqual([
      ['nothing set', 'silent'],
      ['enable AUTOMAGIK_TELEMETRY_ENABLED=true', 'send'],
      ['rejected AUTOMAGIK_TELEMETRY_ENABLED=false', 'silent'],
      ['CI CI=true', 'silent'],
      ['CI CI=true + enable', 'silent'],
      ['CI GITHUB_ACTIONS=true', 'silent'],
      ['CI GITHUB_ACTIONS=true + enable', 'silent'],
      ['dev ENVIRONMENT=development + enable', 'silent'],
      ['opt-out file ~/.automagik-no-telemetry + enable', 'silent'],
    ]);
    const file = consentScenarios({ consent: AUTOMAGIK }).at(-1);
    expect(file?.homeFiles).toEqual({ '.automagik-no-telemetry': '' });
    expect(file?.env).toEqual({ AUTOMAGIK_TELEMETRY_ENABLED: 'true' });
  });

  it.each([
    ['opt-out-wins', 'silent'],
    ['enable-wins', 'send'],
  ] as const)('with precedence %s, CI + enable expects %s', (precedence, expected) => {
    const s = consentScenarios({ consent: { ...AUTOMAGIK, precedence } }).find((x) => x.name === 'CI CI=true + enable');
    expect(s?.expect).toBe(expected);
  });

  it('uses the standard CI list for ci: true, DO_NOT_TRACK when declared, and guesses one rejected spelling', () => {
    const consent: Consent = { enable: { env: 'X_ON', values: ['1', 'true'] }, optOut: { ci: true, doNotTrack: true, env: { X_OFF: ['1'] } } };
    const names = consentScenarios({ consent }).map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(['nothing set', 'enable X_ON=1', 'enable X_ON=true', 'rejected X_ON=yes']);
    for (const ci of STANDARD_CI_VARIABLES) expect(names).toContain(`CI ${ci}=true + enable`);
    expect(names).toContain('DO_NOT_TRACK=1 + enable');
    expect(names).toContain('opt-out X_OFF=1 + enable');
  });

  it('expects sending with nothing set when the default is on', () => {
    expect(brief({ default: 'on', optOut: { doNotTrack: true } })).toEqual([
      ['nothing set', 'send'],
      ['DO_NOT_TRACK=1 + enable', 'silent'],
    ]);
  });

  it('never yields two scenarios with the same setup (property)', () => {
    const name = fc.constantFrom('A', 'B', 'CI', 'DO_NOT_TRACK');
    fc.assert(fc.property(
      fc.record({ enable: fc.option(fc.record({ env: name, values: fc.array(fc.constantFrom('1', 'true', 'yes'), { minLength: 1, maxLength: 3 }) }), { nil: undefined }), ci: fc.array(name, { maxLength: 3 }) }),
      ({ enable, ci }) => {
        const consent: Consent = { ...(enable ? { enable: { env: enable.env, values: enable.values as [string, ...string[]] } } : {}), optOut: ci.length > 0 ? { ci: ci as [string, ...string[]] } : {} };
        const keys = consentScenarios({ consent }).map((s) => JSON.stringify([Object.entries(s.env).sort(), s.homeFiles]));
        expect(new Set(keys).size).toBe(keys.length);
      },
    ));
  });
});

describe('parseScenarioFile', () => {
  it('reads a list of scenarios with env, files and expect', () => {
    const text = "- name: dnt\n  env: { ON: 'true', N: 1 }\n  files: { '~/.cfg/off': 'x' }\n  expect: silent\n- name: on\n  expect: send\n";
    expect(parseScenarioFile(text, 's.yaml')).toEqual([
      { name: 'dnt', env: { ON: 'true', N: '1' }, homeFiles: { '.cfg/off': 'x' }, expect: 'silent' },
      { name: 'on', env: {}, homeFiles: {}, expect: 'send' },
    ]);
  });

  it.each([
    ['{a: 1}', 'expected a list of scenarios'],
    ['- name: x\n  expect: maybe\n', 'expect must be send or silent'],
    ['- name: x\n  expect: send\n  files: { /etc/passwd: x }\n', 'must be relative to HOME'],
    ['- name: x\n  expect: send\n  env: { "A-B": "1" }\n', 'is not a variable name'],
    ['- [unclosed', 'not YAML'],
  ])('rejects %j with a one-line ToolError', (text, message) => {
    expect(() => parseScenarioFile(text, 's.yaml')).toThrow(ToolError);
    expect(() => parseScenarioFile(text, 's.yaml')).toThrow(message);
  });
});

describe('homeRelative', () => {
  it.each([
    ['~/.x', '.x'],
    ['a//b/./c', 'a/b/c'],
    ['$HOME/.y', '.y'],
    ['../x', undefined],
    ['/abs', undefined],
    ['~other/x', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(homeRelative(input)).toBe(expected);
  });
});
