import type { FieldMap, FieldRule, Policy, Pseudonym } from '../policy/types.js';
import type { Fact, InventoryRow } from './types.js';

/** Deepest `fields` nesting the inventory follows. */
const MAX_DEPTH = 16;
/** Most rows an inventory lists (a hostile policy cannot blow the report up). */
const MAX_ROWS = 2000;
const METHOD: Readonly<Record<Pseudonym['method'], string>> = {
  'hmac-sha256': 'HMAC-SHA256 (keyed hash)',
  'salted-sha256': 'salted SHA-256',
  sha256: 'plain SHA-256 (no key: reversible by enumerating inputs)',
  uuid: 'random UUID',
  'random-id': 'random id',
};

/** The data inventory: every declared field in document order, with purpose, pseudonymisation and retention. */
export function dataInventory(policy: Policy): InventoryRow[] {
  const rows: InventoryRow[] = [];
  const retention = retentionOf(policy);
  const visit = (fields: FieldMap | undefined, prefix: string, depth: number): void => {
    if (!isRecord(fields) || depth > MAX_DEPTH) return;
    for (const [name, rule] of Object.entries(fields)) {
      if (rows.length >= MAX_ROWS || !isRecord(rule)) return;
      const path = `${prefix}${name}`;
      rows.push(row(path, rule, retention));
      visit(rule.fields, `${path}.`, depth + 1);
      const items = rule.items;
      if (isRecord(items)) visit(items.fields, `${path}[].`, depth + 1);
    }
  };
  visit(policy.fields, '', 0);
  return rows;
}

/** What the policy prohibits, as label/value rows. */
export function prohibitedFacts(policy: Policy): Fact[] {
  const p = policy.prohibited;
  const facts: Fact[] = [];
  const names = Array.isArray(p?.fields) ? p.fields : [];
  facts.push({ label: 'Prohibited field names', value: names.length > 0 ? list(names, 80) : 'none declared' });
  const entities = p?.entities;
  facts.push({
    label: 'Prohibited entities',
    value: entities === undefined ? 'not declared' : Array.isArray(entities) ? list(entities, 40) : entities === 'all' ? 'all detected PII and secret entities' : 'none',
  });
  const patterns = Array.isArray(p?.patterns) ? p.patterns.map((x) => x.name) : [];
  if (patterns.length > 0) facts.push({ label: 'Named patterns', value: list(patterns, 40) });
  facts.push({ label: 'OpenTelemetry personal-data attributes', value: p?.semconv === false ? 'not applied' : 'applied (built-in list)' });
  facts.push({ label: 'Unknown fields', value: policy.unknownFields ?? 'reject (default)' });
  return facts;
}

/** Retention as one phrase for the inventory (per tier; the policy states it per store, not per field). */
export function retentionOf(policy: Policy): string {
  const r = policy.retention;
  if (!r) return 'not declared';
  const parts = [
    r.detailDays !== undefined ? `event detail ${r.detailDays} d` : undefined,
    r.aggregateDays !== undefined ? `aggregates ${r.aggregateDays} d` : undefined,
    r.logsDays !== undefined ? `logs ${r.logsDays} d` : undefined,
    r.backupsDays !== undefined ? `backups ${r.backupsDays} d` : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join('; ') : 'not declared';
}

/** How a pseudonym is made, without any key or salt value (only whether a key is named and who holds it). */
export function describePseudonym(p: Pseudonym): string {
  const parts = [METHOD[p.method] ?? 'pseudonym'];
  if (p.key) {
    const named = p.key.env !== undefined || p.key.secret !== undefined;
    parts.push([named ? 'a key is named in the policy' : 'key not named', p.key.heldBy ? `held by the ${p.key.heldBy}` : ''].filter(Boolean).join(', '));
  }
  else if (p.method === 'hmac-sha256' || p.method === 'salted-sha256') parts.push('no key named');
  if (p.rotation) parts.push(`rotation ${p.rotation}`);
  if (typeof p.of === 'string' && p.of !== '') parts.push(`of ${clip(p.of, 60)}`);
  return parts.join('; ');
}

function row(field: string, rule: FieldRule, retention: string): InventoryRow {
  const pseudonym = isRecord(rule.pseudonym) ? rule.pseudonym : undefined;
  const personal = rule.personal === true || (Array.isArray(rule.allowEntities) && rule.allowEntities.length > 0);
  return {
    field: clip(field, 200),
    type: typeOf(rule),
    purpose: clip(rule.purpose ?? rule.description ?? 'not stated', 300),
    pseudonymisation: pseudonym ? describePseudonym(pseudonym) : rule.granularity ? `generalised to the ${rule.granularity}` : 'none',
    identifiability: pseudonym ? 'pseudonymised (still personal)' : personal ? 'personal' : 'not personal on its own (as declared)',
    retention,
    required: rule.required === true,
  };
}

function typeOf(rule: FieldRule): string {
  if (Array.isArray(rule.enum)) return `enum (${rule.enum.length} values)`;
  if (rule.const !== undefined) return 'constant';
  if (Array.isArray(rule.type)) return rule.type.join(' | ');
  return rule.type ?? (rule.fields ? 'object' : 'any');
}

function list(items: readonly unknown[], max: number): string {
  const shown = items.slice(0, max).map((x) => clip(String(x), 60));
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}

/** Cut a string to `max` characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
