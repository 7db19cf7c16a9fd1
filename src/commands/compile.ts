import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileArtefacts } from '../compile/artefacts.js';
import { ToolError } from '../errors.js';
import { loadPolicy } from '../policy/load.js';
import { parseCommandArgs, pathIn, required } from './_options.js';
import type { Command } from './types.js';

/** `compile --policy P --out DIR`: schema, .d.ts and standalone validator. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'write the JSON Schema, TypeScript types and a standalone validator of a policy',
  usage: 'compile --policy P --out DIR',
  async run(args, io) {
    const { values } = parseCommandArgs('compile', args, { policy: { type: 'string', short: 'p' }, out: { type: 'string' } }, false);
    const policyPath = required('compile', 'policy', values.policy);
    const loaded = await loadPolicy(pathIn(io, policyPath), policyPath);
    const outDir = pathIn(io, required('compile', 'out', values.out));
    const files = await compileArtefacts(loaded);
    try {
      await mkdir(outDir, { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(join(outDir, name), text);
    } catch (error) {
      throw new ToolError('compile-failed', `compile: cannot write to ${values.out}: ${(error as { code?: string }).code ?? 'error'}`);
    }
    const lines = Object.keys(files).map((name) => `wrote ${join(values.out ?? '', name)}`);
    return { stdout: `${lines.join('\n')}\n`, exitCode: 0 };
  },
};
