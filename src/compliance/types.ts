import type { FindingCode, Severity } from '../findings/codes.js';
import type { Entity } from '../findings/entities.js';
import type { Confidence, ControlId, Regime } from '../findings/regulations.js';

/** Output formats of `telemetry-gate report`. */
export type ComplianceFormat = 'html' | 'markdown' | 'json';

/**
 * Verdict of one control from one run: `pass` (a step tested it, no finding), `fail` (findings),
 * `declared-not-tested` (the policy declares it, no step tested it), `not-declared`.
 */
export type Verdict = 'pass' | 'fail' | 'declared-not-tested' | 'not-declared';

/** Stable ids of the report's sections, in document order (every format renders them all). */
export type SectionId =
  | 'applicability' | 'description' | 'inventory' | 'lawful-basis' | 'necessity' | 'controls'
  | 'risks' | 'overclaims' | 'exceeds' | 'confidence' | 'evidence' | 'sign-off';

/** A citation with its confidence mark, as the report shows it. */
export interface Citation {
  readonly cite: string;
  readonly confidence: Confidence;
}

/** A label/value row (description, applicability, necessity). */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** A finding as a report carries it: masked evidence only, never a raw value. */
export interface ReportFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly input: string;
  readonly line?: number;
  readonly pointer: string;
  readonly entity?: Entity;
  readonly evidence?: string;
  readonly step: string;
}

/** One field of the data inventory. */
export interface InventoryRow {
  /** Dotted path (`traces.dependency_graph[].caller_hash`). */
  readonly field: string;
  readonly type: string;
  readonly purpose: string;
  readonly pseudonymisation: string;
  /** personal / pseudonymised (still personal) / aggregate / not personal (declared). */
  readonly identifiability: string;
  readonly retention: string;
  readonly required: boolean;
}

/** One control with its provisions for the report's regime and its verdict from the run. */
export interface ControlVerdict {
  readonly id: ControlId;
  readonly title: string;
  readonly family: string;
  readonly declared: boolean;
  /** How the policy declares it (policy keys and settings; never a key or salt value). */
  readonly declaredBy: string;
  readonly tested: boolean;
  /** Ids of the evidence steps that tested it. */
  readonly testedBy: readonly string[];
  readonly verdict: Verdict;
  readonly provisions: readonly Citation[];
  /** NDPR 2019 numbers (Nigeria only): legacy cross-reference, not the operative law. */
  readonly legacy: readonly Citation[];
  /** Where the control goes beyond what this regime requires. */
  readonly exceeds?: string;
  readonly findingCount: number;
  /** At most MAX_FINDINGS_PER_CONTROL findings, sorted; `findingCount` has the total. */
  readonly findings: readonly ReportFinding[];
}

/** A risk of the register with its inherent and residual level. */
export interface Risk {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly likelihood: 'low' | 'medium' | 'high';
  readonly severity: 'low' | 'medium' | 'high';
  readonly inherent: 'low' | 'medium' | 'high';
  readonly controls: readonly ControlId[];
  readonly residual: 'low' | 'medium' | 'high' | 'unverified';
  readonly rationale: string;
}

/** An over-claim the policy makes (from the lint over-claim rules). */
export interface Overclaim {
  readonly rule: string;
  readonly pointer: string;
  readonly line?: number;
  readonly severity: Severity;
  readonly message: string;
}

/** What the run evidence contributed. */
export interface EvidenceSummary {
  readonly supplied: boolean;
  /** One sentence on what was (or was not) supplied. */
  readonly note: string;
  readonly run?: {
    readonly tool: string;
    readonly startedAt: string;
    readonly endedAt: string;
    readonly node: string;
    readonly failOn: string;
    readonly config: string | null;
    readonly seeds: readonly number[];
    /** The policy file the run used matches this one (sha256). Null when the run did not list it. */
    readonly policyMatches: boolean | null;
  };
  readonly steps: readonly {
    readonly id: string;
    readonly kind: string;
    readonly status: string;
    readonly command: string;
    readonly records: number;
    readonly findings: number;
    readonly tested: readonly ControlId[];
  }[];
}

/** The report model: `--format json` prints it as is (docs/reports.md). */
export interface ComplianceReport {
  readonly format: 'telemetry-gate-compliance/1';
  readonly tool: { readonly name: 'telemetry-gate'; readonly version: string };
  readonly regime: Regime;
  /** "GDPR (+ ePrivacy Directive Art. 5(3))", "CCPA / CPRA", "NDPA 2023 / GAID 2025". */
  readonly heading: string;
  readonly title: string;
  readonly generatedAt: string;
  readonly banner: string;
  readonly policy: {
    readonly id: string;
    readonly title?: string;
    readonly version?: string;
    readonly file: string;
    readonly sha256: string;
    readonly regimes: readonly Regime[];
    /** False when the policy's `regulations` does not name this regime. */
    readonly namesRegime: boolean;
  };
  readonly sections: readonly { readonly id: SectionId; readonly title: string }[];
  readonly applicability: readonly Fact[];
  readonly description: readonly Fact[];
  readonly inventory: { readonly fields: readonly InventoryRow[]; readonly prohibited: readonly Fact[] };
  readonly lawfulBasis: readonly Fact[];
  readonly necessity: readonly Fact[];
  readonly controls: readonly ControlVerdict[];
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** Findings of this policy's steps by code, in catalogue order. */
  readonly findingsByCode: readonly { readonly code: FindingCode; readonly count: number }[];
  readonly risks: readonly Risk[];
  /** Other lint findings (weak settings) that feed the risk assessment. */
  readonly weaknesses: readonly Overclaim[];
  readonly overclaims: readonly Overclaim[];
  readonly exceeds: readonly { readonly control: ControlId; readonly title: string; readonly note: string }[];
  readonly confidence: {
    readonly legend: string;
    readonly counts: Readonly<Record<Confidence, number>>;
    readonly notes: readonly string[];
  };
  readonly evidence: EvidenceSummary;
  /** Rules of the source document the policy cannot express (reviewed by hand). */
  readonly notExpressed: readonly string[];
}
