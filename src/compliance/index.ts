export { buildComplianceReport } from './build-report.js';
export { renderComplianceReport, FORMAT_EXTENSIONS } from './render-report.js';
export { regimesOf, ALL_REGIMES } from './regimes-of.js';
export { loadEvidence, checkEvidence } from './load-evidence.js';
export { generatedAtFor } from './generated-at.js';
export { verdictOf } from './control-verdicts.js';
export type {
  ComplianceFormat,
  ComplianceReport,
  ControlVerdict,
  Verdict,
  SectionId,
  InventoryRow,
  Risk,
  Overclaim,
  Fact,
  Citation,
  ReportFinding,
  EvidenceSummary,
} from './types.js';
