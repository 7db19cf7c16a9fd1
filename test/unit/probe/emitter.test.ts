import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../src/compile/compile.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { expandTemplates, matrixTable, probeEmitter, scenarioFindings, type ScenarioResult } from '../../../src/probe/emitter.js';
import type { Scenario } from '../../../src/probe/scenarios.js';
import type { Exchange } from '../../../src/serve/types.js';

const SILENT: Scenario = { name: 'nothing set', env: {}, homeFiles: {}, expect: 'silent' };
const SEND: Scenario = { name: 'enable', env: { ON: 'true', TG_CANARY_EMAIL: 'ann@example.org' }, homeFiles: { '.x': '' }, expect: 'send' };
const exchange = (path: string, problem?: string): Exchange => ({
  time: '', method: 'POST', path, query: {}, headers: {}, contentType: 'application/json', contentEncoding: undefined, bodyBytes: 10, body: Buffer.from('{}'), status: 200,
  ...(problem ? { problem } : {}),
});
const quiet = { homeWrites: [] as string[], timedOut: false };

describe('scenarioFindings', () => {
  it.each([
    ['silent + requests', SILENT, quiet, [exchange('/v1/logs'), exchange('/v1/traces')], [['egress-without-consent', '2 request(s) made although consent is absent or withdrawn; first: POST /v1/logs']]],
    ['send + nothing', SEND, { homeWrites: [], timedOut: true }, [], [['consent-not-honoured', 'no request made although consent was given (the emitter was ended at the timeout)']]],
    ['silent + file', SILENT, { homeWrites: ['.app/id'], timedOut: false }, [], [['state-written-without-consent', '1 file(s) written under HOME while telemetry was off; first: ~/.app/id']]],
    ['send + file', SEND, { homeWrites: ['.app/id'], timedOut: false }, [exchange('/v1/logs')], []],
    ['send + GET', SEND, quiet, [{ ...exchange('/flags', 'method-not-allowed'), method: 'GET' }], []],
    ['send + malformed', SEND, quiet, [exchange('/v1/logs', 'malformed')], [['invalid-value', 'the body of POST /v1/logs (10 bytes) could not be checked: malformed']]],
  ] as const)('%s', (_label, scenario, run, exchanges, expected) => {
    const found = scenarioFindings(scenario, run, exchanges);
    expect(found.map((f) => [f.code, f.message])).toEqual(expected);
    for (const f of found) expect(f.input).toBe(scenario.name);
  });

  it('scans query strings with the detectors (a base64 email)', () => {
    const e = { ...exchange('/v1/logs'), query: { ctx: Buffer.from('ann.lee@example.org').toString('base64') } };
    expect(scenarioFindings(SEND, quiet, [e]).map((f) => [f.code, f.entity, f.path])).toEqual([['pii-value', 'EMAIL', '/v1/logs?query']]);
  });
});

describe('matrixTable', () => {
  it('has one row per scenario, masks canary values, and names the verdict', () => {
    const result: ScenarioResult = {
      scenario: SEND, run: { exitCode: 0, signal: null, timedOut: false, stdout: '', stderr: '', stdoutBytes: 0, stderrBytes: 0, homeWrites: ['.app/id'], durationMs: 1 },
      requests: 1, bytes: 10, findings: [],
    };
    const table = matrixTable([result]);
    expect(table.rows).toEqual([['enable', 'ON=true TG_CANARY_EMAIL=a***g(15) ~/.x', 'send', 1, 10, '~/.app/id', '0', 'ok']]);
  });
});

describe('expandTemplates', () => {
  it.each([
    ['{url}', 'http://127.0.0.1:9/', 'http://127.0.0.1:9'],
    ['{url}/ingest?x={url}', 'http://127.0.0.1:9', 'http://127.0.0.1:9/ingest?x=http://127.0.0.1:9'],
    ['fixed', 'http://127.0.0.1:9', 'fixed'],
  ])('%s with %s → %s', (template, url, expected) => {
    expect(expandTemplates({ E: template }, url)).toEqual({ E: expected });
  });
});

describe('probeEmitter', () => {
  it('runs each scenario against a loopback capture server and judges it', async () => {
    const compiled = compilePolicy(parsePolicy('policy: p\nformat: json\nfields:\n  event: { type: string }\n', 'p.yaml'));
    const script = "if (process.env.ON) fetch(process.env.EP + '/e', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{\"event\":\"x\",\"email\":\"ann.lee@example.org\"}' }).then((r) => r.text())";
    const result = await probeEmitter({
      compiled, command: process.execPath, args: ['-e', script], envTemplates: { EP: '{url}' }, timeoutMs: 5000, graceMs: 50,
      scenarios: [SILENT, { ...SEND, env: { ON: '1' }, homeFiles: {} }, { name: 'leak', env: { ON: '1' }, homeFiles: {}, expect: 'silent' }],
    });
    expect(result.matrix.rows.map((r) => [r[0], r[3], r[7]])).toEqual([
      ['nothing set', 0, 'ok'],
      ['enable', 1, 'pii-value, unknown-field'],
      ['leak', 1, 'egress-without-consent, pii-value, unknown-field'],
    ]);
    expect(result.records).toBe(2);
  });
});
