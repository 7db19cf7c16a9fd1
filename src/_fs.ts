import { readFile, stat } from 'node:fs/promises';
import { ToolError, type ToolErrorCode } from './errors.js';

/** Read a whole file as bytes, refusing directories and files over `maxBytes`; one-line errors name `label`. */
export async function readBytes(path: string, what: string, code: ToolErrorCode, maxBytes: number, label: string = path): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ToolError(code, `${what} ${label} is a directory`);
    size = info.size;
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError(code, `${what} ${label} cannot be read: ${reason(error)}`, { cause: error });
  }
  if (size > maxBytes) {
    throw new ToolError('input-too-large', `${what} ${label} is ${size} bytes, over the limit of ${maxBytes}`);
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new ToolError(code, `${what} ${label} cannot be read: ${reason(error)}`, { cause: error });
  }
}

/** Decode bytes as strict UTF-8 (a BOM is dropped), or throw a ToolError naming the byte offset. */
export function decodeUtf8(bytes: Uint8Array, what: string, code: ToolErrorCode): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new ToolError(code, `${what} is not valid UTF-8`, { cause: error });
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return typeof code === 'string' ? code : error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
}
