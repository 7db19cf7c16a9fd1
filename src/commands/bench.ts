import { ToolError } from '../errors.js';
import { benchReceiverCommand } from './bench-receiver.js';
import type { Command } from './types.js';

const TARGETS: Readonly<Record<string, Command>> = { receiver: benchReceiverCommand };

/** `bench receiver …`: dispatches to the benchmark of a target. */
export const benchCommand: Command = {
  name: 'bench',
  summary: 'benchmark a receiver with conforming payloads (bench receiver --help)',
  usage: benchReceiverCommand.usage,
  async run(args, io) {
    const [target, ...rest] = args;
    const command = target !== undefined && Object.hasOwn(TARGETS, target) ? TARGETS[target] : undefined;
    if (!command) throw new ToolError('usage', `bench: name a target: ${Object.keys(TARGETS).join(', ')} (npm run bench measures the validator and scanner)`);
    return command.run(rest, io);
  },
};
