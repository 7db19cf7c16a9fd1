import { ruleAt, type CompiledPolicy } from '../compile/compile.js';
import { detect, detectString } from '../detect/index.js';
import type { Detection, DetectOptions } from '../detect/types.js';
import type { FindingCode } from '../findings/codes.js';
import type { DecodedRecord } from '../envelope/types.js';
import { parsePointer } from '../_pointer.js';
import type { Draft } from './checks/types.js';

const KIND_CODE: Record<Detection['kind'], FindingCode> = {
  pii: 'pii-value',
  secret: 'secret-value',
  'unsalted-hash': 'unsalted-hash',
  custom: 'custom-pattern',
};

/** What the detectors look for, and the field rules that may allow an entity in place. */
export type DetectScope = Pick<CompiledPolicy, 'entities' | 'patterns'> & { readonly policy?: Pick<CompiledPolicy['policy'], 'fields'> };

/** Detector findings for a record's value; pointers stay logical (into the record value). */
export function detectInRecord(compiled: DetectScope, record: DecodedRecord): Draft[] {
  if (compiled.entities.length === 0 && compiled.patterns.length === 0) return [];
  const options: DetectOptions = { entities: compiled.entities, patterns: compiled.patterns };
  const found = detect(record.value, options);
  const out: Draft[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (!allowedHere(compiled, d)) out.push(toDraft(d, d.pointer));
  }
  return out;
}

/** Detector findings for the strings a record carries outside its fields (log body, span name); pointers are final. */
export function detectInExtras(compiled: DetectScope, record: DecodedRecord): Draft[] {
  if (record.extras.length === 0 || (compiled.entities.length === 0 && compiled.patterns.length === 0)) return [];
  const options: DetectOptions = { entities: compiled.entities, patterns: compiled.patterns };
  const out: Draft[] = [];
  for (const extra of record.extras) {
    const found = typeof extra.value === 'string' ? detectString(extra.value, extra.key, options) : detect(extra.value, options);
    for (const d of found) out.push(toDraft(d, `${extra.pointer}${d.pointer}`, extra.key));
  }
  return out;
}

function allowedHere(compiled: DetectScope, d: Detection): boolean {
  if (!compiled.policy) return false;
  const rule = ruleAt(compiled.policy.fields, parsePointer(d.pointer) ?? []);
  return rule?.allowEntities?.includes(d.entity) ?? false;
}

function toDraft(d: Detection, pointer: string, key?: string): Draft {
  const field = d.key ?? key;
  const what = d.kind === 'custom' ? `matches the policy pattern "${d.rule ?? ''}"` : d.kind === 'secret' ? `holds a secret (${d.entity})` : d.kind === 'unsalted-hash' ? `holds an unsalted hash of an email` : `holds personal data (${d.entity})`;
  const disguise = d.disguise.length > 0 ? `, disguised as ${d.disguise.join(' → ')}` : '';
  return {
    code: KIND_CODE[d.kind],
    pointer,
    ...(field !== undefined ? { field } : {}),
    entity: d.entity,
    evidence: d.evidence,
    disguise: d.disguise,
    ...(d.rule ? { rule: d.rule } : {}),
    message: `Value of "${field ?? 'record'}" ${what}${disguise}.`,
  };
}
