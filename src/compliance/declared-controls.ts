import type { ControlId } from '../findings/regulations.js';
import type { FieldMap, Policy, Pseudonym } from '../policy/types.js';

/** Families the controls are grouped into for the charts, in display order. */
export const CONTROL_FAMILIES: readonly { readonly family: string; readonly controls: readonly ControlId[] }[] = [
  { family: 'Minimisation', controls: ['allow-list', 'prohibited-data', 'sampling', 'aggregation', 'retention', 'deletion-after-opt-out'] },
  { family: 'Identifiers', controls: ['pseudonymisation', 'key-rotation'] },
  { family: 'Consent', controls: ['opt-in-default', 'consent-record', 'ci-dev-disable', 'file-opt-out', 'dnt-signal', 'fail-closed'] },
  { family: 'Transparency', controls: ['transparency', 'audit-log', 'dashboard', 'privacy-notice'] },
  { family: 'Security', controls: ['tls', 'authentication', 'rate-limit', 'breach'] },
  { family: 'Accountability', controls: ['receiver-validation', 'records-dpia', 'transfers'] },
];

/** The family of a control. */
export function familyOf(id: ControlId): string {
  return CONTROL_FAMILIES.find((f) => f.controls.includes(id))?.family ?? 'Other';
}

type Check = (policy: Policy, pseudonyms: readonly Pseudonym[]) => string | null;

/**
 * How the policy declares each control, as a short phrase naming the policy keys (null: not
 * declared). Never prints a key, salt or secret name: only that one is named.
 */
const DECLARES: Readonly<Record<ControlId, Check>> = {
  'allow-list': (p) => {
    const n = Object.keys(p.fields ?? {}).length;
    return n > 0 && p.unknownFields !== 'allow' ? `fields: ${n} top-level field${n === 1 ? '' : 's'}; unknownFields: ${p.unknownFields ?? 'reject'}` : null;
  },
  'prohibited-data': (p) => {
    const n = p.prohibited?.fields?.length ?? 0;
    const e = p.prohibited?.entities;
    const ents = e === undefined || e === 'none' ? '' : Array.isArray(e) ? `${e.length} entities` : 'all entities';
    return n > 0 || ents !== '' ? `prohibited: ${[n > 0 ? `${n} field names` : '', ents].filter(Boolean).join(', ')}` : null;
  },
  pseudonymisation: (_p, ps) => (ps.length > 0 ? `pseudonym on ${ps.length} field${ps.length === 1 ? '' : 's'} (${unique(ps.map((x) => x.method))})` : null),
  'key-rotation': (_p, ps) => {
    const rotating = ps.filter((x) => x.rotation !== undefined && x.rotation !== 'none');
    const keyed = ps.filter((x) => x.key?.heldBy === 'server');
    if (rotating.length === 0 && keyed.length === 0) return null;
    return [rotating.length > 0 ? `rotation ${unique(rotating.map((x) => x.rotation ?? ''))}` : '', keyed.length > 0 ? 'key held by the server' : '']
      .filter(Boolean).join('; ');
  },
  aggregation: (p) => (p.aggregation ? `aggregation: window ${p.aggregation.window ?? 'unset'}, minCount ${p.aggregation.minCount ?? 'unset'}` : null),
  sampling: (p) => (p.sampling ? `sampling: ${p.sampling.min ?? '?'}..${p.sampling.max ?? '?'}` : null),
  retention: (p) => (p.retention && (p.retention.detailDays !== undefined || p.retention.aggregateDays !== undefined) ? 'retention tiers declared' : null),
  'deletion-after-opt-out': (p) => (p.retention?.optOutDeletionDays !== undefined ? `retention.optOutDeletionDays: ${p.retention.optOutDeletionDays}` : null),
  'opt-in-default': (p) => (p.consent?.default === 'off' ? 'consent.default: off' : null),
  'consent-record': (p) => {
    const c = p.consent;
    const parts = [c?.enable ? 'consent.enable (env var)' : '', c?.payloadFlag ? 'consent.payloadFlag' : '', c?.record === true ? 'consent.record' : ''];
    return parts.some(Boolean) ? parts.filter(Boolean).join(', ') : null;
  },
  'ci-dev-disable': (p) => {
    const o = p.consent?.optOut;
    const parts = [o?.ci ? 'consent.optOut.ci' : '', o?.devEnv ? 'consent.optOut.devEnv' : ''];
    return parts.some(Boolean) ? parts.filter(Boolean).join(', ') : null;
  },
  'file-opt-out': (p) => {
    const o = p.consent?.optOut;
    const parts = [o?.files?.length ? `consent.optOut.files (${o.files.length})` : '', o?.env ? 'consent.optOut.env' : ''];
    return parts.some(Boolean) ? parts.filter(Boolean).join(', ') : null;
  },
  'dnt-signal': (p) => {
    const o = p.consent?.optOut;
    return o?.doNotTrack === true || Object.keys(o?.env ?? {}).includes('DO_NOT_TRACK') ? 'DO_NOT_TRACK honoured (consent.optOut)' : null;
  },
  transparency: () => null,
  'audit-log': (p) => (p.transport?.auditLog === true ? 'transport.auditLog: true' : null),
  dashboard: () => null,
  'privacy-notice': (p) => {
    const parts = [p.processing?.notice ? 'processing.notice' : '', p.consent?.notice === true ? 'consent.notice: true' : ''];
    return parts.some(Boolean) ? parts.filter(Boolean).join(', ') : null;
  },
  tls: (p) => (p.transport?.tls === 'required' ? 'transport.tls: required' : null),
  authentication: (p) => (p.transport?.auth && p.transport.auth !== 'none' ? `transport.auth: ${p.transport.auth}` : null),
  'rate-limit': (p) => (p.transport?.rateLimit === true ? 'transport.rateLimit: true' : null),
  'fail-closed': (p) => (p.consent?.default === 'off' && p.consent.precedence !== 'enable-wins' ? `consent.default: off, precedence ${p.consent.precedence ?? 'unset'}` : null),
  'receiver-validation': (p) => (p.receiver?.reject ? `receiver.reject: ${p.receiver.reject.join(', ')}` : null),
  'records-dpia': (p) => (p.processing ? 'processing metadata (this report)' : null),
  transfers: (p) => {
    const t = p.processing?.transfers?.length ?? 0;
    const pr = p.processing?.processors?.length ?? 0;
    return t > 0 || pr > 0 ? `processing: ${pr} processor${pr === 1 ? '' : 's'}, ${t} transfer${t === 1 ? '' : 's'}` : null;
  },
  breach: () => null,
};

/** How the policy declares the control, or null when it does not. */
export function declaredBy(policy: Policy, id: ControlId): string | null {
  return DECLARES[id](policy, pseudonymsOf(policy.fields, 0));
}

/** Every pseudonym declared in the policy, at any depth (bounded). */
export function pseudonymsOf(fields: FieldMap | undefined, depth: number): Pseudonym[] {
  if (typeof fields !== 'object' || fields === null || depth > 16) return [];
  const out: Pseudonym[] = [];
  for (const rule of Object.values(fields)) {
    if (typeof rule !== 'object' || rule === null) continue;
    if (rule.pseudonym) out.push(rule.pseudonym);
    out.push(...pseudonymsOf(rule.fields, depth + 1));
    if (rule.items?.pseudonym) out.push(rule.items.pseudonym);
    if (rule.items) out.push(...pseudonymsOf(rule.items.fields, depth + 1));
    if (out.length > 1000) break;
  }
  return out;
}

function unique(items: readonly string[]): string {
  return [...new Set(items)].sort().join(', ');
}
