import { parse } from 'yaml';
import { ToolError } from '../errors.js';
import type { Consent, Policy } from '../policy/types.js';

/** One run of the emitter: the variables and HOME files it gets, and whether it may send. */
export interface Scenario {
  readonly name: string;
  readonly env: Readonly<Record<string, string>>;
  /** Files planted in the sandbox HOME before the run: path relative to HOME → content. */
  readonly homeFiles: Readonly<Record<string, string>>;
  readonly expect: 'send' | 'silent';
}

/** CI variables tried when the policy says `optOut.ci: true`. */
export const STANDARD_CI_VARIABLES = ['CI', 'GITHUB_ACTIONS', 'TRAVIS', 'JENKINS_URL', 'GITLAB_CI', 'CIRCLECI', 'BUILDKITE'] as const;

/** Spellings tried as the rejected enable value when the policy lists none. */
const GUESSED_REJECTED = ['yes', 'TRUE ', 'on', 'enabled'] as const;

/** Most scenarios a user file may add. */
export const MAX_FILE_SCENARIOS = 200;

/** The scenarios the policy's `consent` section implies, in a stable order, without duplicates. */
export function consentScenarios(policy: Pick<Policy, 'consent'>): Scenario[] {
  const consent: Consent = policy.consent ?? {};
  const enable = consent.enable;
  const defaultOn = consent.default === 'on';
  const withdrawnWins = consent.precedence !== 'enable-wins';
  const enableEnv: Record<string, string> = enable ? { [enable.env]: enable.values[0] } : {};
  const consentGiven = enable !== undefined || defaultOn;
  const underOptOut: Scenario['expect'] = consentGiven && !withdrawnWins ? 'send' : 'silent';
  const out: Scenario[] = [];
  const add = (name: string, env: Record<string, string>, expect: Scenario['expect'], homeFiles: Record<string, string> = {}): void => {
    out.push({ name, env, homeFiles, expect });
  };

  add('nothing set', {}, defaultOn ? 'send' : 'silent');
  if (enable) {
    for (const value of enable.values) add(`enable ${enable.env}=${value}`, { [enable.env]: value }, 'send');
    const rejected = enable.rejectedValues && enable.rejectedValues.length > 0
      ? enable.rejectedValues
      : GUESSED_REJECTED.filter((v) => !enable.values.includes(v)).slice(0, 1);
    for (const value of rejected) add(`rejected ${enable.env}=${value}`, { [enable.env]: value }, defaultOn ? 'send' : 'silent');
  }
  const optOut = consent.optOut ?? {};
  const ci = optOut.ci === true ? [...STANDARD_CI_VARIABLES] : Array.isArray(optOut.ci) ? optOut.ci : [];
  for (const name of ci) {
    add(`CI ${name}=true`, { [name]: 'true' }, 'silent');
    if (consentGiven) add(`CI ${name}=true + enable`, { ...enableEnv, [name]: 'true' }, underOptOut);
  }
  for (const [name, values] of Object.entries(optOut.devEnv ?? {})) {
    for (const value of values) add(`dev ${name}=${value} + enable`, { ...enableEnv, [name]: value }, underOptOut);
  }
  if (optOut.doNotTrack) add('DO_NOT_TRACK=1 + enable', { ...enableEnv, DO_NOT_TRACK: '1' }, underOptOut);
  for (const [name, values] of Object.entries(optOut.env ?? {})) {
    for (const value of values) {
      // An opt-out value of the enable variable itself cannot be combined with enabling: it is tried alone.
      const sameVariable = enable?.env === name;
      const env = sameVariable ? { [name]: value } : { ...enableEnv, [name]: value };
      add(`opt-out ${name}=${value}${sameVariable ? '' : ' + enable'}`, env, sameVariable ? 'silent' : underOptOut);
    }
  }
  for (const file of optOut.files ?? []) {
    const relative = homeRelative(file);
    if (relative !== undefined) add(`opt-out file ~/${relative} + enable`, enableEnv, underOptOut, { [relative]: '' });
  }
  return dedupe(out);
}

/** Parse a user scenario file (YAML list of `{name, env, files, expect}`); errors are one-line ToolErrors. */
export function parseScenarioFile(text: string, label: string): Scenario[] {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new ToolError('input-invalid', `scenarios ${label}: not YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc['scenarios']) ? doc['scenarios'] : undefined;
  if (list === undefined) throw new ToolError('input-invalid', `scenarios ${label}: expected a list of scenarios`);
  if (list.length > MAX_FILE_SCENARIOS) throw new ToolError('input-too-large', `scenarios ${label}: ${list.length} scenarios, over the limit of ${MAX_FILE_SCENARIOS}`);
  return list.map((item: unknown, i) => scenarioOf(item, `scenarios ${label}: entry ${i + 1}`));
}

function scenarioOf(item: unknown, where: string): Scenario {
  if (!isObject(item)) throw new ToolError('input-invalid', `${where}: expected a mapping`);
  const name = item['name'];
  if (typeof name !== 'string' || name === '' || name.length > 200) throw new ToolError('input-invalid', `${where}: name must be a string of 1 to 200 characters`);
  const expect = item['expect'];
  if (expect !== 'send' && expect !== 'silent') throw new ToolError('input-invalid', `${where} (${name}): expect must be send or silent`);
  const env = stringMap(item['env'], `${where} (${name}): env`);
  for (const key of Object.keys(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(key)) throw new ToolError('input-invalid', `${where} (${name}): env name "${key.slice(0, 40)}" is not a variable name`);
  }
  const homeFiles: Record<string, string> = {};
  for (const [path, content] of Object.entries(stringMap(item['files'], `${where} (${name}): files`))) {
    const relative = homeRelative(path);
    if (relative === undefined) throw new ToolError('input-invalid', `${where} (${name}): file "${path.slice(0, 80)}" must be relative to HOME (no "..", not absolute)`);
    homeFiles[relative] = content;
  }
  return { name, env, homeFiles, expect };
}

/** A path inside HOME (`~/x`, `x/y`) as a relative path, or undefined if it escapes HOME. */
export function homeRelative(path: string): string | undefined {
  const trimmed = path.replace(/^~\//, '').replace(/^\$HOME\//, '');
  if (trimmed === '' || trimmed.startsWith('/') || trimmed.startsWith('~') || trimmed.length > 300) return undefined;
  const parts = trimmed.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..')) return undefined;
  return parts.join('/');
}

function stringMap(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new ToolError('input-invalid', `${where} must be a mapping`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new ToolError('input-invalid', `${where}.${key.slice(0, 40)} must be a string`);
    out[key] = String(v);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(scenarios: readonly Scenario[]): Scenario[] {
  const seen = new Set<string>();
  return scenarios.filter((s) => {
    const key = JSON.stringify([Object.entries(s.env).sort(), Object.entries(s.homeFiles).sort()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
