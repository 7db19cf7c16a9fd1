import { decodeUtf8, readBytes } from '../_fs.js';
import { ToolError } from '../errors.js';
import type { Evidence } from '../evidence/types.js';
import { CODES } from '../findings/codes.js';
import { CONTROLS } from '../findings/regulations.js';

/** Evidence files larger than this are refused. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

/** Read and check an evidence file (`reports/evidence.json`); one-line ToolError on any problem. */
export async function loadEvidence(file: string, label: string = file): Promise<Evidence> {
  const bytes = await readBytes(file, 'evidence', 'input-unreadable', MAX_EVIDENCE_BYTES, label);
  const text = decodeUtf8(bytes, `evidence ${label}`, 'input-invalid');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ToolError('input-invalid', `evidence ${label} is not valid JSON`);
  }
  return checkEvidence(value, label);
}

/** Check the shape a report relies on; returns the value typed as Evidence, or throws a one-line ToolError. */
export function checkEvidence(value: unknown, label: string): Evidence {
  const fail = (what: string): never => {
    throw new ToolError('input-invalid', `evidence ${label}: ${what}`);
  };
  if (!isObject(value)) return fail('not a JSON object');
  if (value['format'] !== 'telemetry-gate-evidence/1') return fail('format is not "telemetry-gate-evidence/1"');
  const run = value['run'];
  if (!isObject(run) || typeof run['startedAt'] !== 'string' || typeof run['endedAt'] !== 'string') return fail('run.startedAt / run.endedAt missing');
  if (!isObject(value['tool']) || !Array.isArray(value['policies']) || !Array.isArray(value['steps'])) return fail('tool, policies or steps missing');
  for (const [i, policy] of (value['policies'] as unknown[]).entries()) {
    if (!isObject(policy) || typeof policy['id'] !== 'string' || typeof policy['sha256'] !== 'string') return fail(`policies[${i}] lacks id or sha256`);
  }
  for (const [i, step] of (value['steps'] as unknown[]).entries()) {
    if (!isObject(step) || typeof step['id'] !== 'string' || typeof step['kind'] !== 'string' || typeof step['status'] !== 'string') {
      return fail(`steps[${i}] lacks id, kind or status`);
    }
    if (step['policy'] !== null && typeof step['policy'] !== 'string') return fail(`steps[${i}].policy is not a string or null`);
    const tested = step['tested'];
    if (!Array.isArray(tested) || tested.some((c) => typeof c !== 'string' || !Object.hasOwn(CONTROLS, c))) {
      return fail(`steps[${i}].tested is not a list of control ids`);
    }
    const findings = step['findings'];
    if (!Array.isArray(findings)) return fail(`steps[${i}].findings is not a list`);
    for (const [j, f] of findings.entries()) {
      if (!isObject(f) || typeof f['code'] !== 'string' || typeof f['message'] !== 'string' || typeof f['severity'] !== 'string') {
        return fail(`steps[${i}].findings[${j}] lacks code, severity or message`);
      }
      if (!SEVERITIES.has(f['severity'] as string)) return fail(`steps[${i}].findings[${j}].severity is not error, warning or info`);
      if (!Object.hasOwn(CODES, f['code'])) return fail(`steps[${i}].findings[${j}] has an unknown code (made by a newer version?)`);
      if (f['evidence'] !== undefined && typeof f['evidence'] !== 'string') return fail(`steps[${i}].findings[${j}].evidence is not a string`);
    }
  }
  return value as unknown as Evidence;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
