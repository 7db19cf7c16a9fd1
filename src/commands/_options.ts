import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ToolError } from '../errors.js';
import type { Severity } from '../findings/codes.js';
import { exitCode } from '../findings/summary.js';
import { FORMATTERS, isFormatName, type FormatName } from '../report/formatters/index.js';
import { useColor } from '../report/color.js';
import type { Report } from '../report/report.js';
import type { CommandResult, Io } from './types.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed flags and positionals of a command line. */
export interface ParsedArgs {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
}

/** parseArgs that turns every parse problem into a one-line usage ToolError. */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
  allowPositionals = true,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ToolError('usage', `${command}: ${reason}`);
  }
}

/** The options every reporting command shares. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
} as const satisfies Options;

/** Parse `--fail-on`. */
export function failOnOf(command: string, value: string | undefined, fallback: Severity = 'error'): Severity {
  if (value === undefined) return fallback;
  if (value === 'error' || value === 'warning' || value === 'info') return value;
  throw new ToolError('usage', `${command}: --fail-on must be error, warning or info, not "${value.slice(0, 40)}"`);
}

/** Parse `--format`. */
export function formatOf(command: string, value: string | undefined): FormatName {
  if (value === undefined) return 'text';
  if (isFormatName(value)) return value;
  throw new ToolError('usage', `${command}: --format must be one of ${Object.keys(FORMATTERS).join(', ')}, not "${value.slice(0, 40)}"`);
}

/** Format a report and deliver it to stdout or `--output FILE`; exit code from the findings. */
export async function deliverReport(
  report: Report,
  values: { format?: string | undefined; output?: string | undefined },
  io: Io,
): Promise<CommandResult> {
  const format = formatOf(report.command, values.format);
  const color = format === 'text' && values.output === undefined && useColor({ env: io.env, isTTY: io.stdoutIsTTY });
  const text = FORMATTERS[format](report, { color });
  const code = exitCode(report.findings, report.failOn);
  if (values.output !== undefined) {
    const target = resolve(io.cwd, values.output);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    } catch (error) {
      throw new ToolError('input-unreadable', `${report.command}: cannot write ${values.output}: ${(error as { code?: string }).code ?? 'error'}`);
    }
    return { stdout: '', exitCode: code };
  }
  return { stdout: text, exitCode: code };
}

/** Resolve a user path against the command's working directory. */
export function pathIn(io: Io, path: string): string {
  return resolve(io.cwd, path);
}

/** Require an option, or fail with a usage error naming it. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new ToolError('usage', `${command}: --${name} is required`);
  return value;
}
