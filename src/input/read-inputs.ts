import { decodeUtf8, readBytes } from '../_fs.js';
import { ToolError } from '../errors.js';
import { parseJson } from './parse-json.js';

/** One payload read from an input, with its 1-based line for NDJSON. */
export interface Payload {
  readonly input: string;
  readonly line?: number;
  readonly value: unknown;
}

/** Largest input file read (a 50 MB string inside a payload fits; a larger file is refused). */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

/** How an input's text is split into payloads. */
export type InputKind = 'json' | 'ndjson' | 'auto';

/** The kind of an input by its name: `.ndjson`/`.jsonl` are NDJSON, `.json` one payload, others sniffed. */
export function inputKind(name: string): InputKind {
  if (/\.(ndjson|jsonl)$/i.test(name)) return 'ndjson';
  if (/\.json$/i.test(name)) return 'json';
  return 'auto';
}

/**
 * Read one input file (or `-` with `stdin`) into payloads. Throws ToolError with a one-line reason.
 * `label` is the name shown in messages and findings (default: `name`).
 */
export async function readInput(name: string, stdin?: () => Promise<Buffer>, label: string = name): Promise<Payload[]> {
  let bytes: Buffer;
  if (name === '-') {
    if (!stdin) throw new ToolError('usage', 'stdin (-) is not available here');
    bytes = await stdin();
    if (bytes.length > MAX_INPUT_BYTES) throw new ToolError('input-too-large', `stdin is over the limit of ${MAX_INPUT_BYTES} bytes`);
  } else {
    bytes = await readBytes(name, 'input', 'input-unreadable', MAX_INPUT_BYTES, label);
  }
  const text = decodeUtf8(bytes, name === '-' ? 'stdin' : label, 'input-invalid');
  return splitPayloads(text, name === '-' ? '-' : label, inputKind(name));
}

/** Split text into payloads: one JSON document, or one per non-blank NDJSON line. */
export function splitPayloads(text: string, input: string, kind: InputKind): Payload[] {
  const label = input === '-' ? 'stdin' : input;
  if (kind === 'json') return [{ input, value: parseJson(text, label) }];
  if (kind === 'auto') {
    const trimmed = text.trim();
    if (trimmed === '') throw new ToolError('input-invalid', `${label}: empty input`);
    const firstNewline = trimmed.indexOf('\n');
    const looksSingle = firstNewline < 0 || !/^\s*[{[]/.test(trimmed.slice(firstNewline + 1)) || !/[}\]]\s*$/.test(trimmed.slice(0, firstNewline));
    if (looksSingle) return [{ input, value: parseJson(text, label) }];
  }
  const payloads: Payload[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    payloads.push({ input, line: i + 1, value: parseJson(line, `${label}:${i + 1}`) });
  }
  if (payloads.length === 0) throw new ToolError('input-invalid', `${label}: no payloads (empty NDJSON)`);
  return payloads;
}
