import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  ALL_REGIMES,
  buildComplianceReport,
  FORMAT_EXTENSIONS,
  generatedAtFor,
  loadEvidence,
  regimesOf,
  renderComplianceReport,
  type ComplianceFormat,
} from '../compliance/index.js';
import { ToolError } from '../errors.js';
import type { Evidence } from '../evidence/types.js';
import type { Regime } from '../findings/regulations.js';
import { loadPolicy } from '../policy/load.js';
import { parseCommandArgs, pathIn, required } from './_options.js';
import type { Command } from './types.js';

const FORMATS: readonly ComplianceFormat[] = ['html', 'markdown', 'json'];

/**
 * `report --policy P --regime gdpr|ccpa|nigeria|all [--evidence RUN.json] --format html|markdown|json [--output FILE]`:
 * DPIA / risk-assessment evidence per regime. With `--regime all` and `--output`, one file per
 * regime named `<dir>/<policy-id>.<regime>.<ext>`, where `<dir>` is `--output` itself, or its
 * directory when it ends in the format's extension.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write GDPR / CCPA / Nigeria (NDPA 2023 / GAID 2025) DPIA evidence from a policy and a run',
  usage: 'report --policy P --regime gdpr|ccpa|nigeria|all [--evidence RUN.json] [--format html|markdown|json] [--output FILE|DIR]',
  async run(args, io) {
    const { values } = parseCommandArgs(
      'report',
      args,
      { policy: { type: 'string', short: 'p' }, regime: { type: 'string' }, evidence: { type: 'string' }, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } },
      false,
    );
    const policyFile = required('report', 'policy', values.policy);
    const regimeArg = required('report', 'regime', values.regime);
    if (regimeArg !== 'all' && !(ALL_REGIMES as readonly string[]).includes(regimeArg)) {
      throw new ToolError('usage', `report: --regime must be gdpr, ccpa, nigeria or all, not "${regimeArg.slice(0, 40)}"`);
    }
    const format = (values.format ?? 'markdown') as ComplianceFormat;
    if (!FORMATS.includes(format)) throw new ToolError('usage', `report: --format must be html, markdown or json, not "${format.slice(0, 40)}"`);
    if (regimeArg === 'all' && values.output === undefined && format === 'html') {
      throw new ToolError('usage', 'report: --regime all with --format html needs --output DIR (one file per regime)');
    }

    const loaded = await loadPolicy(pathIn(io, policyFile), policyFile);
    const evidence: Evidence | null = values.evidence !== undefined ? await loadEvidence(pathIn(io, values.evidence), values.evidence) : null;
    const generatedAt = generatedAtFor(io.env, evidence);
    const regimes: Regime[] = regimeArg === 'all' ? regimesOf(loaded.policy) : [regimeArg as Regime];
    const texts = regimes.map((regime) => ({
      regime,
      report: buildComplianceReport({ loaded, regime, evidence, generatedAt }),
    }));

    if (values.output === undefined) {
      if (texts.length === 1 || format !== 'json') {
        return { stdout: texts.map((t) => renderComplianceReport(t.report, format)).join('\n---\n\n'), exitCode: 0 };
      }
      return { stdout: `${JSON.stringify(texts.map((t) => t.report), null, 2)}\n`, exitCode: 0 };
    }
    const ext = FORMAT_EXTENSIONS[format];
    const target = resolve(io.cwd, values.output);
    const files =
      regimeArg === 'all'
        ? texts.map((t) => ({ ...t, path: join(target.endsWith(`.${ext}`) ? dirname(target) : target, `${loaded.policy.policy}.${t.regime}.${ext}`) }))
        : texts.map((t) => ({ ...t, path: target }));
    for (const file of files) {
      try {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, renderComplianceReport(file.report, format));
      } catch (error) {
        throw new ToolError('input-unreadable', `report: cannot write ${relative(io.cwd, file.path) || file.path}: ${(error as { code?: string }).code ?? 'error'}`);
      }
      io.log(`report: wrote ${relative(io.cwd, file.path) || file.path}`);
    }
    return { stdout: '', exitCode: 0 };
  },
};
