// Runs the built `probe` command (dist/commands/probe.js) like the CLI does, for as long as the lead has not
// registered it in src/commands/index.ts: report on stdout, exit 0/1, 2 for a ToolError.
import { probeCommand } from '../../../dist/commands/probe.js';

const io = { cwd: process.cwd(), env: {}, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), log: (line) => process.stderr.write(`${line}\n`) };
try {
  const result = await probeCommand.run(process.argv.slice(2), io);
  process.stdout.write(result.stdout);
  process.exitCode = result.exitCode;
} catch (error) {
  process.stderr.write(`telemetry-gate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof Error && error.name === 'ToolError' ? 2 : 3;
}
