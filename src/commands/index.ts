import { benchCommand } from './bench.js';
import { compileCommand } from './compile.js';
import { diffCommand } from './diff.js';
import { fuzzCommand } from './fuzz.js';
import { lintCommand } from './lint.js';
import { probeCommand } from './probe.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { scanCommand } from './scan.js';
import { serveCommand } from './serve.js';
import { testCommand } from './test.js';
import type { Command } from './types.js';
import { validateCommand } from './validate.js';

/** Every subcommand, by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  scan: scanCommand,
  compile: compileCommand,
  test: testCommand,
  lint: lintCommand,
  serve: serveCommand,
  fuzz: fuzzCommand,
  probe: probeCommand,
  bench: benchCommand,
  report: reportCommand,
  diff: diffCommand,
  run: runCommand,
};
