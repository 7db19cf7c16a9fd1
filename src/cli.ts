#!/usr/bin/env node
import { COMMANDS } from './commands/index.js';
import type { Io } from './commands/types.js';
import { isToolError, ToolError } from './errors.js';
import { TOOL } from './report/report.js';

/** Run the CLI on `argv` (without node and script); returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    out(`${TOOL.version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new ToolError('usage', `unknown command "${name.slice(0, 40)}" (see telemetry-gate --help)`);
    if (args.includes('--help') || args.includes('-h')) {
      out(`usage: telemetry-gate ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    const result = await command.run(args, io);
    if (result.stdout) out(result.stdout);
    return result.exitCode;
  } catch (error) {
    if (isToolError(error)) {
      err(`telemetry-gate: ${error.message}\n`);
      for (const line of error.details) err(`  ${line}\n`);
    } else {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : 'unknown failure';
      err(`telemetry-gate: internal error: ${reason}\n`);
    }
    return 2;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `telemetry-gate ${TOOL.version}: telemetry privacy policies as executable checks`,
    '',
    'usage: telemetry-gate <command> [options]',
    '',
    ...lines,
    '',
    'Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.',
    "Run 'telemetry-gate <command> --help' for a command's options.",
    '',
  ].join('\n');
}

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    process.stdin.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 256 * 1024 * 1024) {
        reject(new ToolError('input-too-large', 'stdin is over 256 MiB'));
        process.stdin.destroy();
        return;
      }
      chunks.push(chunk);
    });
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', (error) => reject(new ToolError('input-unreadable', `stdin cannot be read: ${error.message}`)));
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain || process.argv[1]?.endsWith('/telemetry-gate')) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.on('uncaughtException', (error) => {
    process.stderr.write(`telemetry-gate: internal error: ${(error.message.split('\n')[0] ?? '').slice(0, 200)}\n`);
    process.exit(2);
  });
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin,
    log: (line) => process.stderr.write(`${line}\n`),
    print: (text) => process.stdout.write(text),
  };
  const code = await main(process.argv.slice(2), io, (t) => process.stdout.write(t), (t) => process.stderr.write(t));
  process.exitCode = code;
}
