import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compilePolicy } from '../compile/compile.js';
import { isToolError } from '../errors.js';
import type { FindingCode } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { readInput } from '../input/read-inputs.js';
import type { LoadedPolicy } from '../policy/types.js';
import { checkPayload } from '../validate/validate.js';

/** The outcome of one fixture. */
export interface FixtureResult {
  readonly policy: string;
  /** Path relative to the fixtures root, e.g. `sahasrahbot/invalid/extra-field.json`. */
  readonly fixture: string;
  readonly kind: 'valid' | 'invalid';
  readonly expected: readonly FindingCode[];
  readonly actual: readonly FindingCode[];
  readonly pass: boolean;
  /** Why it failed, in one sentence (never a payload value). */
  readonly reason?: string;
  readonly findings: readonly Finding[];
}

const PAYLOAD_FILE = /\.(json|ndjson|jsonl)$/i;

/**
 * Run a policy's own fixtures (like `opa test`): every `valid/` payload must yield no finding;
 * every `invalid/` payload must yield exactly the distinct codes `invalid/expected.yaml` lists for it.
 */
export async function runPolicyTests(loaded: LoadedPolicy, fixturesRoot: string): Promise<FixtureResult[]> {
  const id = loaded.policy.policy;
  const compiled = compilePolicy(loaded);
  const dir = join(fixturesRoot, id);
  const valid = await listPayloads(join(dir, 'valid'));
  const invalid = await listPayloads(join(dir, 'invalid'));
  if (valid.length === 0 && invalid.length === 0) {
    return [{ policy: id, fixture: `${id}/`, kind: 'valid', expected: [], actual: [], pass: false, reason: `no fixtures under ${dir}`, findings: [] }];
  }
  const expectations = invalid.length > 0 ? await readExpectations(join(dir, 'invalid', 'expected.yaml')) : new Map<string, FindingCode[]>();
  const results: FixtureResult[] = [];
  for (const [kind, files] of [['valid', valid], ['invalid', invalid]] as const) {
    for (const file of files) {
      const fixture = `${id}/${kind}/${file}`;
      const expected = kind === 'valid' ? [] : expectations.get(file);
      const outcome = await runFixture(compiled, join(dir, kind, file), fixture);
      if (expected === undefined) {
        results.push({ policy: id, fixture, kind, expected: [], ...outcome, pass: false, reason: `not listed in ${kind}/expected.yaml` });
        continue;
      }
      results.push({ policy: id, fixture, kind, expected, ...outcome, ...judge(expected, outcome.actual, outcome.reason) });
    }
  }
  for (const name of expectations.keys()) {
    if (!invalid.includes(name)) results.push({ policy: id, fixture: `${id}/invalid/${name}`, kind: 'invalid', expected: expectations.get(name) ?? [], actual: [], pass: false, reason: 'listed in expected.yaml but the file does not exist', findings: [] });
  }
  return results;
}

async function runFixture(compiled: ReturnType<typeof compilePolicy>, path: string, fixture: string) {
  try {
    const findings: Finding[] = [];
    for (const payload of await readInput(path)) {
      findings.push(...checkPayload(compiled, payload.value, { input: fixture, ...(payload.line !== undefined ? { line: payload.line } : {}) }).findings);
    }
    return { actual: [...new Set(findings.map((f) => f.code))].sort(), findings, reason: undefined };
  } catch (error) {
    const reason = isToolError(error) ? error.message : 'the tool failed on this fixture';
    return { actual: [] as FindingCode[], findings: [] as Finding[], reason };
  }
}

function judge(expected: readonly FindingCode[], actual: readonly FindingCode[], error: string | undefined): { pass: boolean; reason?: string } {
  if (error !== undefined) return { pass: false, reason: error };
  const want = [...new Set(expected)].sort();
  const missing = want.filter((c) => !actual.includes(c));
  const extra = actual.filter((c) => !want.includes(c));
  if (missing.length === 0 && extra.length === 0) return { pass: true };
  const parts = [missing.length > 0 ? `missing ${missing.join(', ')}` : '', extra.length > 0 ? `unexpected ${extra.join(', ')}` : ''];
  return { pass: false, reason: parts.filter(Boolean).join('; ') };
}

async function listPayloads(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => PAYLOAD_FILE.test(name)).sort();
  } catch {
    return [];
  }
}

async function readExpectations(path: string): Promise<Map<string, FindingCode[]>> {
  let data: unknown;
  try {
    data = parse(await readFile(path, 'utf8'));
  } catch {
    return new Map();
  }
  const out = new Map<string, FindingCode[]>();
  if (typeof data !== 'object' || data === null) return out;
  for (const [file, codes] of Object.entries(data)) {
    const list = (Array.isArray(codes) ? codes : [codes]).map(String);
    // An unknown code is kept: it can never be produced, so the fixture fails and names it.
    out.set(file, list as FindingCode[]);
  }
  return out;
}
