import type { CompiledPolicy } from '../compile/compile.js';
import { decodePayload } from '../envelope/index.js';
import type { DecodedRecord, EnvelopeFormat } from '../envelope/types.js';
import { compareFindings, type Finding } from '../findings/finding.js';
import { makeFinding } from '../findings/make.js';
import type { Regime } from '../findings/regulations.js';
import { assertBounded } from './bounds.js';
import { checkConsentFlag } from './checks/consent.js';
import { checkGranularity } from './checks/granularity.js';
import { checkProhibited } from './checks/prohibited.js';
import { checkPseudonym } from './checks/pseudonym.js';
import { checkSampling } from './checks/sampling.js';
import type { Check, Draft } from './checks/types.js';
import { detectInExtras, detectInRecord } from './detect-record.js';
import { fromAjv } from './from-ajv.js';
import { walkChecked } from './walk.js';

/** Where a payload came from, for the findings it yields. */
export interface ValidateOptions {
  /** File path, `-`, URL or scenario name. */
  readonly input: string;
  /** 1-based NDJSON line. */
  readonly line?: number;
  /** Envelope format; default the policy's `format`, else auto. */
  readonly format?: EnvelopeFormat | 'auto';
}

/** The record-level checks, in the order their findings are produced. */
export const CHECKS: readonly Check[] = [checkProhibited, checkPseudonym, checkGranularity, checkSampling, checkConsentFlag];

/** Validate one parsed payload against a compiled policy: decode its records, check each. Never throws but ToolError. */
export function validatePayload(compiled: CompiledPolicy, payload: unknown, options: ValidateOptions): Finding[] {
  return checkPayload(compiled, payload, options).findings;
}

/** Like validatePayload, also counting the records the payload held. */
export function checkPayload(compiled: CompiledPolicy, payload: unknown, options: ValidateOptions): { records: number; findings: Finding[] } {
  assertBounded(payload, options.input);
  const format = options.format ?? formatOf(compiled);
  const records = decodePayload(payload, format);
  const findings: Finding[] = [];
  for (const record of records) append(findings, validateRecord(compiled, record, options));
  return { records: records.length, findings: findings.length === 0 ? findings : uniqueFindings(findings).sort(compareFindings) };
}

/** Validate one decoded record. */
export function validateRecord(compiled: CompiledPolicy, record: DecodedRecord, options: ValidateOptions): Finding[] {
  const drafts: Draft[] = [];
  if (!compiled.validator(record.value)) {
    for (const error of compiled.validator.errors ?? []) drafts.push(fromAjv(error, compiled.policy, record.value));
  }
  const nodes = walkChecked(record.value, compiled.policy.fields, compiled.prohibited);
  for (let i = 0; i < CHECKS.length; i++) append(drafts, CHECKS[i]!(compiled, record.value, nodes));
  append(drafts, detectInRecord(compiled, record));
  const extras = detectInExtras(compiled, record);
  if (drafts.length === 0 && extras.length === 0) return [];

  const mapped = dedupe(drafts).map((d) => ({ ...d, pointer: record.pointerOf(d.pointer) }));
  append(mapped, extras);
  return toFindings(mapped, options, compiled.regimes);
}

function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

/** Drafts with final pointers → findings with input, line, severity and regulations. */
export function toFindings(drafts: readonly Draft[], options: ValidateOptions, regimes: readonly Regime[]): Finding[] {
  return drafts.map(({ severity, ...d }) =>
    makeFinding(
      { ...d, input: options.input, ...(options.line !== undefined ? { line: options.line } : {}), ...(severity ? { severity } : {}) },
      regimes,
    ),
  );
}

/** A prohibited field is not also unknown or invalid; a missing consent flag is not also a missing field. */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const prohibited = drafts.filter((d) => d.code === 'prohibited-field').map((d) => d.pointer);
  const consentMissing = drafts.filter((d) => d.code === 'consent-flag-missing').map((d) => d.field);
  const seen = new Set<string>();
  return drafts.filter((d) => {
    if ((d.code === 'unknown-field' || d.code === 'invalid-value') && prohibited.some((p) => d.pointer === p || d.pointer.startsWith(`${p}/`))) return false;
    if (d.code === 'missing-field' && consentMissing.includes(d.field)) return false;
    const key = `${d.code}|${d.pointer}|${d.entity ?? ''}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One finding per (code, pointer, entity): OTLP resource attributes apply to every record of their
 * resource, so the same attribute would otherwise be reported once per record.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.line ?? ''}|${f.pointer}|${f.entity ?? ''}|${f.rule ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatOf(compiled: CompiledPolicy): EnvelopeFormat | 'auto' {
  const format = compiled.policy.format ?? 'auto';
  return format === 'ndjson' ? 'auto' : format;
}
