import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isToolError, type ToolError } from '../../../src/errors.js';
import { loadRunConfig, parseRunConfig } from '../../../src/run/load-config.js';

function problems(text: string): { message: string; details: readonly string[] } {
  try {
    parseRunConfig(text, 'c.yaml');
  } catch (error) {
    if (!isToolError(error)) throw error;
    return { message: error.message, details: (error as ToolError).details };
  }
  throw new Error('expected the config to be refused');
}

const MIN = 'version: 1\npolicies:\n  - policy: p.yaml\n';

describe('parseRunConfig', () => {
  it('accepts a minimal config and a full one', () => {
    expect(parseRunConfig(MIN, 'c.yaml')).toEqual({ version: 1, policies: [{ policy: 'p.yaml' }] });
    const full = parseRunConfig(
      [
        'version: 1', 'reports: out', 'failOn: warning', 'advisory: [lint, bench-receiver]', 'policies:', '  - policy: p.yaml',
        '    lint: false', '    fixtures: fx', "    payloads: ['a/*.json', b.ndjson]", '    envelope: otlp',
        '    receivers:', '      - name: ref', "        command: [node, cli.js, serve, --port, '0']", '        startTimeout: 5',
        '        fuzz: { runs: 3, seed: -1, timeout: 2, concurrency: 2 }', '        bench: { duration: 1, connections: 2, seed: 9 }',
        '      - { name: remote, url: "http://127.0.0.1:8080", fuzz: false }',
        '    emitters:', '      - name: e', '        command: [node, e.mjs]', "        env: { OTEL_EXPORTER_OTLP_ENDPOINT: '{url}' }",
        '        scenarios: s.yaml', '        timeout: 2.5', '        seed: 4', '',
      ].join('\n'),
      'c.yaml',
    );
    expect(full.policies[0]?.receivers?.[1]).toEqual({ name: 'remote', url: 'http://127.0.0.1:8080', fuzz: false });
    expect(full.advisory).toEqual(['lint', 'bench-receiver']);
  });

  it.each([
    ['unknown top-level key', `${MIN}colour: red\n`, ['c.yaml:4:1 /colour unknown key "colour" (expected one of: version, reports, failOn, advisory, policies)']],
    ['wrong version', 'version: 2\npolicies:\n  - policy: p.yaml\n', ['c.yaml:1:1 /version must be 1']],
    ['no policies', 'version: 1\n', ['c.yaml:1:1 / missing required key "policies"']],
    ['bad fail-on and advisory kind', `${MIN}failOn: fatal\nadvisory: [lint, deploy]\n`, [
      'c.yaml:4:1 /failOn must be one of: error, warning, info',
      'c.yaml:5:18 /advisory/1 must be one of: lint, test, validate, fuzz-receiver, probe-emitter, bench-receiver',
    ]],
    ['receiver without url or command', `${MIN}    receivers:\n      - name: r\n`, ['c.yaml:5:9 /policies/0/receivers/0 must have a "url" or a "command"']],
    ['command that is a string (no shell)', `${MIN}    receivers:\n      - name: r\n        command: node serve.js\n`, ['c.yaml:6:9 /policies/0/receivers/0/command must be array']],
    ['fuzz runs out of range', `${MIN}    receivers:\n      - { name: r, url: 'http://127.0.0.1:1', fuzz: { runs: 0 } }\n`, ['c.yaml:5:55 /policies/0/receivers/0/fuzz/runs must be >= 1']],
    ['emitter may not set PATH', `${MIN}    emitters:\n      - { name: e, command: [x], env: { PATH: /tmp } }\n`, ['c.yaml:5:34 /policies/0/emitters/0/env has a key that is not allowed (PATH)']],
    ['duplicate receiver names', `${MIN}    receivers:\n      - { name: r, url: 'http://127.0.0.1:1' }\n      - { name: r, url: 'http://127.0.0.1:2' }\n`, ['c.yaml:6:11 /policies/0/receivers/1/name duplicate name "r" in this policy\'s receivers']],
    ['YAML syntax error', 'version: 1\npolicies: [\n', ['c.yaml:3:1 / YAML Flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['duplicate key', 'version: 1\nversion: 1\npolicies: []\n', ['c.yaml:2:1 / YAML Map keys must be unique']],
    ['fuzz given as a string', `${MIN}    receivers:\n      - { name: r, url: 'http://127.0.0.1:1', fuzz: lots }\n`, ['c.yaml:5:47 /policies/0/receivers/0/fuzz must be true, false or a map of settings']],
  ])('reports %s with file:line:col', (_, text, details) => {
    const { message, details: got } = problems(text);
    expect(message).toMatch(/^config c\.yaml is invalid \(\d+ problems?\)$/);
    expect(got).toEqual(details);
  });
});

describe('loadRunConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tg-run-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the directory paths are resolved against and the sha256 of the bytes', async () => {
    const file = join(dir, 'c.yaml');
    await writeFile(file, MIN);
    const loaded = await loadRunConfig(file, 'c.yaml');
    expect(loaded.dir).toBe(dir);
    expect(loaded.sha256).toBe(createHash('sha256').update(MIN).digest('hex'));
    expect(loaded.config.policies).toEqual([{ policy: 'p.yaml' }]);
  });

  it('an unreadable config is a ToolError naming it', async () => {
    await expect(loadRunConfig(join(dir, 'missing.yaml'), 'missing.yaml')).rejects.toMatchObject({ code: 'input-unreadable' });
  });
});
