import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import { decodeUtf8, readBytes } from '../_fs.js';
import { yamlPosition } from '../_yaml-position.js';
import { ToolError } from '../errors.js';
import { assertValidPolicy, type PolicyProblem } from './assert.js';
import type { LoadedPolicy, SourcePosition } from './types.js';

/** Policies larger than this are refused (no legitimate policy comes close). */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** Read, parse and check a policy file (named `label` in messages). Throws one ToolError listing every problem with `file:line:col`. */
export async function loadPolicy(file: string, label: string = file): Promise<LoadedPolicy> {
  const bytes = await readBytes(file, 'policy', 'policy-unreadable', MAX_POLICY_BYTES, label);
  const text = decodeUtf8(bytes, `policy ${label}`, 'policy-invalid');
  return parsePolicy(text, label, createHash('sha256').update(bytes).digest('hex'));
}

/** Parse and check policy text (the file name is used in messages only). */
export function parsePolicy(text: string, file: string, sha256?: string): LoadedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax: PolicyProblem[] = doc.errors.map((error) => ({
    pointer: '',
    message: `YAML ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error'}`,
    position: lineCounter.linePos(error.pos[0]),
  }));
  const locate = (pointer: string): SourcePosition => yamlPosition(doc, lineCounter, pointer);
  if (syntax.length > 0) throw policyError(file, syntax);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ToolError('policy-invalid', `policy ${file}: ${error instanceof Error ? error.message : 'cannot be read as data'}`);
  }
  const problems = assertValidPolicy(value);
  if (problems.length > 0) {
    const located = problems.map((problem) => ({ ...problem, position: locate(problem.pointer) }));
    located.sort((a, b) => a.position.line - b.position.line || a.position.col - b.position.col);
    throw policyError(file, located);
  }
  return {
    policy: value as LoadedPolicy['policy'],
    file,
    sha256: sha256 ?? createHash('sha256').update(text).digest('hex'),
    locate,
  };
}

function policyError(file: string, problems: readonly (PolicyProblem & { position?: SourcePosition })[]): ToolError {
  const details = problems.map((p) => {
    const at = p.position ? `${file}:${p.position.line}:${p.position.col}` : file;
    return `${at} ${p.pointer || '/'} ${p.message}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new ToolError('policy-invalid', `policy ${file} is invalid (${count})`, { details });
}

