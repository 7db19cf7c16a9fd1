import type { Detection } from '../detect/types.js';
import { ndjsonLines, type Workload } from './measure.js';

/**
 * The workloads of the detector benchmark, over the same NDJSON text: reading lines and
 * JSON.parse alone (the baseline), and reading, parsing and detecting (the scan).
 */

/** Read every line and JSON.parse it; returns the number of lines. */
export function parseWorkload(ndjson: string): Workload {
  return () => {
    let n = 0;
    for (const line of ndjsonLines(ndjson)) if (JSON.parse(line) !== undefined) n++;
    return n;
  };
}

/** Read every line, JSON.parse it and run `detect`; returns the number of lines. */
export function scanWorkload(ndjson: string, detect: (value: unknown) => Detection[]): Workload {
  return () => {
    let n = 0;
    let found = 0;
    for (const line of ndjsonLines(ndjson)) {
      found += detect(JSON.parse(line)).length;
      n++;
    }
    return found >= 0 ? n : 0;
  };
}

/** Every string value of a JSON value (what a text redactor is given). */
export function stringValues(value: unknown, out: string[] = []): string[] {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return out;
}

/** Read, parse, and pass every string value of each line to `redact` (the redact-pii baseline). */
export function redactWorkload(lines: readonly string[], redact: (text: string) => string): Workload {
  return () => {
    let n = 0;
    for (const line of lines) {
      for (const s of stringValues(JSON.parse(line))) redact(s);
      n++;
    }
    return n;
  };
}
