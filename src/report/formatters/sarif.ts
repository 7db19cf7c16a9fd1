import { createHash } from 'node:crypto';
import type { Location, Log, Result } from 'sarif';
import type { FindingCode } from '../../findings/codes.js';
import type { Finding } from '../../findings/finding.js';
import type { Regime } from '../../findings/regulations.js';
import type { Formatter, Report } from '../report.js';
import { sortedFindings } from './_group.js';
import { SARIF_LEVEL, sarifRules } from './_sarif-rules.js';
import { toUriReference } from './_uri.js';

/** Where SARIF consumers can learn about the tool; set once the project has a public home page. */
export const INFORMATION_URI: string | undefined = undefined;
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * Stable identity of a finding across runs: sha-256 of code, input, pointer and entity.
 * Never of the value, so the fingerprint cannot be reversed to the personal data.
 */
export function findingFingerprint(finding: Finding): string {
  const identity = JSON.stringify([finding.code, finding.input, finding.pointer, finding.entity ?? '']);
  return createHash('sha256').update(identity).digest('hex');
}

function locationOf(finding: Finding): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUriReference(finding.input) },
      region: { startLine: finding.line ?? 1 },
    },
    ...(finding.pointer === '' ? {} : { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: 'property' }] }),
  };
}

function resultOf(finding: Finding, ruleIndex: number): Result {
  const optional = { entity: finding.entity, evidence: finding.evidence, field: finding.field, disguise: finding.disguise, rule: finding.rule, seed: finding.seed, path: finding.path, replay: finding.replay };
  const properties = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
  return {
    ruleId: finding.code,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [locationOf(finding)],
    partialFingerprints: { 'telemetryGateFinding/v1': findingFingerprint(finding) },
    properties: { pointer: finding.pointer, ...properties },
  };
}

function regimesOf(report: Report): Regime[] | undefined {
  const regimes = new Set(report.findings.flatMap((f) => f.regulations.map((p) => p.regime)));
  return regimes.size > 0 ? [...regimes] : undefined;
}

/** Build the SARIF 2.1.0 log object of a report: one run, one rule per code used. */
export function toSarif(report: Report): Log {
  const findings = sortedFindings(report);
  const rules = sarifRules(new Set<FindingCode>(findings.map((f) => f.code)), regimesOf(report));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const runProperties = { command: report.command, policy: report.policy, records: report.records, failOn: report.failOn, ...(report.seed === undefined ? {} : { seed: report.seed }), ...(report.replay === undefined ? {} : { replay: report.replay }) };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, ...(INFORMATION_URI === undefined ? {} : { informationUri: INFORMATION_URI }), rules } },
        results: findings.map((f) => resultOf(f, index.get(f.code) ?? -1)),
        properties: runProperties,
      },
    ],
  };
}

/** SARIF 2.1.0 for code-scanning UIs (GitHub, Azure DevOps, VS Code SARIF viewer). */
export const formatSarif: Formatter = (report) => `${JSON.stringify(toSarif(report), null, 2)}\n`;
