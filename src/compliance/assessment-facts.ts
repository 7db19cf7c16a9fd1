import type { Regime } from '../findings/regulations.js';
import type { LoadedPolicy, Policy } from '../policy/types.js';
import { REGIME_INFO } from './_regime-info.js';
import { pseudonymsOf } from './declared-controls.js';
import type { Fact, InventoryRow } from './types.js';

/** Document control and applicability (§0) plus the screening result (§1) for this regime. */
export function applicabilityFacts(loaded: LoadedPolicy, regime: Regime, namesRegime: boolean, inventory: readonly InventoryRow[]): Fact[] {
  const policy = loaded.policy;
  const personal = inventory.filter((r) => r.identifiability !== 'not personal on its own (as declared)').length;
  return [
    { label: 'Policy', value: `${policy.policy}${policy.version ? ` version ${policy.version}` : ''} (${loaded.file}, sha256 ${loaded.sha256})` },
    { label: 'Regime named by the policy', value: namesRegime ? 'yes' : 'no: the policy does not list this regime in `regulations`; this report is for information' },
    ...REGIME_INFO[regime].applicability,
    { label: 'Personal or pseudonymised fields', value: `${personal} of ${inventory.length} declared fields` },
    { label: 'Screening result', value: screening(policy, regime, personal) },
  ];
}

function screening(policy: Policy, regime: Regime, personal: number): string {
  if (regime === 'ccpa') {
    const sell = policy.processing?.sellOrShare;
    if (sell === true) return 'Risk assessment triggered (§ 7150(b)): the policy says telemetry is sold or shared.';
    return 'Risk assessment not triggered (§ 7150(b)) on the declared processing' +
      (sell === undefined ? ', unless the telemetry is sold or shared (processing.sellOrShare is not stated)' : '') +
      '. This is a statement about triggers and applicability thresholds, not a statement of compliance; the cybersecurity-audit thresholds are checked separately.';
  }
  const law = regime === 'gdpr' ? 'Art. 35(1)' : 'NDPA s.28(1)';
  if (personal === 0) {
    return `No field is declared personal or pseudonymised; record why the data is not identifiable (Recital 26 / s.65) before concluding that no DPIA under ${law} is needed.`;
  }
  return `${personal} field${personal === 1 ? '' : 's'} carry personal or pseudonymised data. Record the screening against the WP248 / GAID criteria (large scale, systematic monitoring, …); where two or more apply, a DPIA under ${law} is needed before processing.`;
}

/** The anchors the necessity rows cite, per regime. */
const CITES: Readonly<Record<Regime, { purpose: string; pseudonym: string; amount: string; storage: string }>> = {
  gdpr: { purpose: 'Art. 5(1)(b)–(c) and Art. 35(7)(b)', pseudonym: 'Art. 4(5), Recital 26', amount: 'Art. 25(2) "amount of personal data collected"', storage: 'Art. 5(1)(e)' },
  ccpa: { purpose: '1798.100(c) and 11 CCR § 7002(d)', pseudonym: '1798.140(aa), (aj)', amount: '1798.100(c), § 7002(d)(1)', storage: '1798.100(a)(3), retention per category' },
  nigeria: { purpose: 'NDPA s.24(1)(b)–(c)', pseudonym: 'NDPA s.39(2)(a), s.65', amount: 'NDPA s.24(1)(c)', storage: 'NDPA s.24(1)(d)' },
};

/** Necessity and proportionality (Art. 35(7)(b), § 7002, NDPA s.24): minimisation, identifiers, sampling, granularity, retention. */
export function necessityFacts(policy: Policy, inventory: readonly InventoryRow[], regime: Regime): Fact[] {
  const cite = CITES[regime];
  const noPurpose = inventory.filter((r) => r.purpose === 'not stated');
  const pseudonyms = pseudonymsOf(policy.fields, 0);
  const weak = pseudonyms.filter((p) => p.method === 'sha256' || ((p.method === 'salted-sha256' || p.method === 'hmac-sha256') && p.key?.heldBy !== 'server'));
  const granular = inventory.filter((r) => r.pseudonymisation.startsWith('generalised'));
  const r = policy.retention;
  const tiers = r ? [r.detailDays, r.aggregateDays, r.logsDays, r.backupsDays, r.auditLogDays].filter((d) => d !== undefined).length : 0;
  return [
    {
      label: 'Minimisation (allow-list)',
      value: `${inventory.length} fields declared (any depth); unknown fields: ${policy.unknownFields ?? 'reject'}. ${policy.unknownFields === 'allow' ? 'Undeclared fields pass: the allow-list does not minimise.' : 'Only declared fields are accepted.'}`,
    },
    {
      label: 'Per-field justification',
      value: noPurpose.length === 0
        ? 'Every field states a purpose or description.'
        : `${noPurpose.length} field${noPurpose.length === 1 ? '' : 's'} state no purpose (${noPurpose.slice(0, 10).map((x) => x.field).join(', ')}${noPurpose.length > 10 ? ', …' : ''}): ${cite.purpose} need one per field.`,
    },
    {
      label: 'Identifiers',
      value: pseudonyms.length === 0
        ? 'No pseudonymised identifier is declared.'
        : `${pseudonyms.length} pseudonymised identifier${pseudonyms.length === 1 ? '' : 's'}, still personal data (${cite.pseudonym}); ${weak.length} without a server-held key (reversible by enumeration).`,
    },
    {
      label: 'Sampling',
      value: policy.sampling ? `Rate ${policy.sampling.min ?? '?'} to ${policy.sampling.max ?? '?'}: reduces volume (${cite.amount}), not how identifiable a sampled record is.` : 'No sampling declared.',
    },
    {
      label: 'Granularity and aggregation',
      value: `${granular.length} time field${granular.length === 1 ? '' : 's'} generalised; ` +
        (policy.aggregation
          ? `aggregation window ${policy.aggregation.window ?? 'unset'}, minimum cell size ${policy.aggregation.minCount ?? 'not set (small cells are not suppressed)'}.`
          : 'no aggregation declared.'),
    },
    {
      label: 'Retention',
      value: tiers === 0
        ? `No retention declared: storage limitation (${cite.storage}) needs a period per category.`
        : `${tiers} tier${tiers === 1 ? '' : 's'} declared${tiers === 1 ? ' (a single number rarely covers ingest logs, backups and processor copies)' : ''}.`,
    },
    {
      label: 'Not expressible in the policy',
      value: `${policy.notExpressed?.length ?? 0} rule${policy.notExpressed?.length === 1 ? '' : 's'} of the source document cannot be checked by this tool (listed below); assess them by hand.`,
    },
  ];
}
