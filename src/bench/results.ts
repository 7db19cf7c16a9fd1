import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The shared benchmark results file, `reports/bench/results.json`:
 * `{machine: {cpus, node}, results: [{id, unit, value, baseline: {id, value}, ratio}]}`.
 * Every bench merges its figures in by id, so figures of other benches survive; the markdown
 * twin `results.md` is regenerated from the JSON plus any `sections/*.md` files beside it.
 */

/** One measured figure, optionally against a baseline measured in the same run. */
export interface BenchResult {
  readonly id: string;
  readonly unit: string;
  readonly value: number;
  readonly baseline?: { readonly id: string; readonly value: number };
  /** value / baseline.value */
  readonly ratio?: number;
  /** The target the ratio is held to, as text (`>= 10`). */
  readonly target?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The whole results file. */
export interface BenchFile {
  readonly machine: { readonly cpus: number; readonly node: string; readonly [k: string]: unknown };
  readonly results: readonly BenchResult[];
}

/** This machine, as recorded with the results. */
export function machine(): BenchFile['machine'] {
  return { cpus: cpus().length, node: process.version };
}

/** Read a results file; an absent or unreadable one is empty. */
export async function readResults(path: string): Promise<BenchFile> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<BenchFile>;
    return { machine: { ...machine(), ...(parsed.machine ?? {}) }, results: Array.isArray(parsed.results) ? parsed.results : [] };
  } catch {
    return { machine: machine(), results: [] };
  }
}

/** Replace (by id) or add one figure; order of existing figures is kept. */
export function recordResult(file: BenchFile, result: BenchResult): BenchFile {
  const results = [...file.results];
  const at = results.findIndex((r) => r.id === result.id);
  if (at >= 0) results[at] = result;
  else results.push(result);
  return { ...file, results };
}

/** A figure against its baseline: the ratio rounded to 3 significant decimals. */
export function versus(id: string, unit: string, value: number, baseline: { id: string; value: number }, target?: string): BenchResult {
  const ratio = baseline.value === 0 ? 0 : Math.round((value / baseline.value) * 1000) / 1000;
  return { id, unit, value, baseline, ratio, ...(target !== undefined ? { target } : {}) };
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 1000) / 1000));

/** The results as a markdown table. */
export function renderResults(file: BenchFile): string {
  const rows = [
    `Machine: ${file.machine.cpus} CPUs, Node ${file.machine.node}.`,
    '',
    '| figure | value | baseline | ratio | target |',
    '|---|---:|---|---:|---|',
  ];
  for (const r of file.results) {
    const base = r.baseline ? `${r.baseline.id} = ${fmt(r.baseline.value)}` : '';
    rows.push(`| ${r.id} | ${fmt(r.value)} ${r.unit} | ${base} | ${r.ratio ?? ''} | ${r.target ?? ''} |`);
  }
  return rows.join('\n');
}

/**
 * Merge figures into `<dir>/results.json` and regenerate `<dir>/results.md`. `section` (a name
 * and markdown) is kept as `<dir>/sections/<name>.md` and appended to the markdown.
 */
export async function writeResults(dir: string, results: readonly BenchResult[], section?: { name: string; markdown: string }): Promise<BenchFile> {
  const jsonPath = join(dir, 'results.json');
  let file = await readResults(jsonPath);
  file = { ...file, machine: { ...file.machine, ...machine() } };
  for (const r of results) file = recordResult(file, r);
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  const sectionsDir = join(dir, 'sections');
  if (section) {
    await mkdir(sectionsDir, { recursive: true });
    await writeFile(join(sectionsDir, `${section.name}.md`), `${section.markdown.trim()}\n`);
  }
  const names = (await readdir(sectionsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  const sections = await Promise.all(names.map((n) => readFile(join(sectionsDir, n), 'utf8')));
  await writeFile(join(dir, 'results.md'), `# Benchmark results\n\n${renderResults(file)}\n${sections.map((s) => `\n${s}`).join('')}`);
  return file;
}
