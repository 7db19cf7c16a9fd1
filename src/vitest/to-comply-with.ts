import { isToolError, type ToolError } from '../errors.js';
import type { Severity } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { exitCode } from '../findings/summary.js';
import { formatText } from '../report/formatters/text.js';
import { buildReport } from '../report/report.js';
import { checkPayload } from '../validate/validate.js';
import { policyAt } from './_policy-cache.js';
import { payloadsOf, RECEIVED_LABEL } from './_received.js';

/** Options of `toComplyWith`. */
export interface ComplyOptions {
  /** Lowest severity that makes the payload non-compliant (default `error`). */
  readonly failOn?: Severity;
}

/** The part of vitest's matcher context the matcher reads. */
export interface ComplyContext {
  readonly isNot: boolean;
}

/** What a matcher returns to vitest (no `actual`/`expected`: vitest would print the raw payload). */
export interface ComplyResult {
  readonly pass: boolean;
  readonly message: () => string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * `expect(payload).toComplyWith(policyPath, { failOn })`: pass when no finding is at or above `failOn`.
 * The message lists the findings (code, pointer, masked evidence) with the text formatter. A policy or
 * payload that cannot be read fails the assertion, with or without `.not`, with the one-line reason.
 */
export function toComplyWith(this: ComplyContext, received: unknown, policyPath: unknown, options: ComplyOptions = {}): ComplyResult {
  const isNot = this.isNot;
  const failOn = options?.failOn ?? 'error';
  if (typeof policyPath !== 'string' || policyPath === '') return toolFailure(isNot, 'toComplyWith: the first argument must be a policy file path');
  if (!SEVERITIES.includes(failOn)) return toolFailure(isNot, `toComplyWith: failOn must be one of ${SEVERITIES.join(', ')}`);

  const entry = policyAt(policyPath);
  if (!entry.ok) return toolFailure(isNot, describeToolError(entry.error));
  const { compiled } = entry;

  let records = 0;
  const findings: Finding[] = [];
  try {
    for (const payload of payloadsOf(received)) {
      const result = checkPayload(compiled, payload.value, { input: RECEIVED_LABEL, ...(payload.line !== undefined ? { line: payload.line } : {}) });
      records += result.records;
      findings.push(...result.findings);
    }
  } catch (error) {
    if (!isToolError(error)) throw error;
    return toolFailure(isNot, describeToolError(error));
  }

  const report = buildReport({ command: 'toComplyWith', policy: compiled.loaded, inputs: [RECEIVED_LABEL], records, failOn, findings });
  const pass = exitCode(findings, failOn) === 0;
  const subject = `${policyPath} (fail-on ${failOn})`;
  return {
    pass,
    message: () => {
      const head = isNot
        ? `expected payload not to comply with ${subject}, but no finding is at or above ${failOn}`
        : `expected payload to comply with ${subject}`;
      return `${head}:\n\n${indent(formatText(report, { color: false }))}`;
    },
  };
}

/** A failure that holds under `.not` too: the tool could not do its job, so nothing was asserted. */
function toolFailure(isNot: boolean, reason: string): ComplyResult {
  return { pass: isNot, message: () => `telemetry-gate could not check the payload: ${reason}` };
}

/** The ToolError as the CLI prints it: its one line, then one line per problem. */
function describeToolError(error: ToolError): string {
  return [error.message, ...error.details.map((line) => `  ${line}`)].join('\n');
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');
}
