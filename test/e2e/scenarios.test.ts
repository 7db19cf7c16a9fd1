import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

interface Scenario {
  name: string;
  args: string[];
  exit: number;
  stdout?: string[];
  stderr?: string[];
}

const DIR = 'fixtures/scenarios';
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parse(readFileSync(join(DIR, f), 'utf8')) as Scenario[]).map((s) => ({ ...s, file: f })));

describe('scenarios', () => {
  it.each(scenarios)('$file: $name', async (scenario) => {
    const run = await runCli(scenario.args, { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(scenario.exit);
    for (const line of scenario.stdout ?? []) expect(run.stdout).toContain(line);
    for (const line of scenario.stderr ?? []) expect(run.stderr).toContain(line);
  }, 90_000);
});
