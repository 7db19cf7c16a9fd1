import { ToolError } from '../errors.js';

/**
 * JSON.parse with a one-line error that never quotes the input (V8's message can echo a
 * snippet of the text, which may be personal data).
 */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message)?.[1];
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
    const at = lineCol ? ` at line ${lineCol[1]} column ${lineCol[2]}` : position !== undefined ? ` at offset ${position}` : '';
    const reason = /Unexpected end/.test(message) ? 'unexpected end of input' : 'syntax error';
    throw new ToolError('input-invalid', `${where}: not valid JSON (${reason}${at})`);
  }
}
