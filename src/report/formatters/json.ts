import type { Formatter } from '../report.js';

/** The report itself, pretty-printed: the contract described by schemas/report.schema.json. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
