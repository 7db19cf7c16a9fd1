import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { decodeUtf8, readBytes } from '../_fs.js';
import { ToolError } from '../errors.js';
import type { SourcePosition } from '../policy/types.js';
import { configSchemaProblems, type ConfigProblem } from './config-schema.js';
import type { RunConfig, RunConfigFile } from './config-types.js';
import { yamlPosition } from '../_yaml-position.js';

/** Configs larger than this are refused. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Read and check a run config (`label` names it in messages). Throws one ToolError listing every problem with `file:line:col`. */
export async function loadRunConfig(file: string, label: string = file): Promise<RunConfig> {
  const bytes = await readBytes(file, 'config', 'input-unreadable', MAX_CONFIG_BYTES, label);
  const text = decodeUtf8(bytes, `config ${label}`, 'input-invalid');
  const config = parseRunConfig(text, label);
  return { config, file: resolve(file), dir: dirname(resolve(file)), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Parse and check config text (the file name is used in messages only). */
export function parseRunConfig(text: string, label: string): RunConfigFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw configError(label, doc.errors.map((e) => ({
      pointer: '',
      message: `YAML ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'syntax error'}`,
      position: counter.linePos(e.pos[0]),
    })));
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ToolError('input-invalid', `config ${label}: ${error instanceof Error ? error.message.split('\n')[0] : 'cannot be read as data'}`);
  }
  const problems = configSchemaProblems(value);
  if (problems.length === 0) problems.push(...duplicateNames(value as RunConfigFile));
  if (problems.length > 0) {
    const located = problems.map((p) => ({ ...p, position: yamlPosition(doc, counter, p.pointer) }));
    located.sort((a, b) => a.position.line - b.position.line || a.position.col - b.position.col);
    throw configError(label, located);
  }
  return value as RunConfigFile;
}

/** Receiver and emitter names must be unique within a policy entry: they name steps. */
function duplicateNames(config: RunConfigFile): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  config.policies.forEach((entry, i) => {
    for (const key of ['receivers', 'emitters'] as const) {
      const seen = new Set<string>();
      (entry[key] ?? []).forEach((item, j) => {
        if (seen.has(item.name)) out.push({ pointer: `/policies/${i}/${key}/${j}/name`, message: `duplicate name "${item.name}" in this policy's ${key}` });
        seen.add(item.name);
      });
    }
  });
  return out;
}

function configError(label: string, problems: readonly (ConfigProblem & { position: SourcePosition })[]): ToolError {
  const details = problems.map((p) => `${label}:${p.position.line}:${p.position.col} ${p.pointer || '/'} ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new ToolError('input-invalid', `config ${label} is invalid (${count})`, { details });
}
