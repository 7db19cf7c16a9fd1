import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredRecord, StoreOption } from './types.js';

/** A bounded in-memory list: keeps the newest `limit` items (amortised O(1) per add). */
export interface Kept<T> {
  add(item: T): void;
  list(): T[];
  clear(): void;
  /** How many were dropped because the list was full. */
  readonly dropped: number;
}

/** Make a bounded list of at most `limit` items. */
export function keepNewest<T>(limit: number): Kept<T> {
  let items: T[] = [];
  let dropped = 0;
  return {
    add(item) {
      items.push(item);
      if (items.length >= limit * 2) {
        dropped += items.length - limit;
        items = items.slice(items.length - limit);
      }
    },
    list: () => (items.length > limit ? items.slice(items.length - limit) : items.slice()),
    clear() {
      items = [];
      dropped = 0;
    },
    get dropped() {
      return dropped + Math.max(0, items.length - limit);
    },
  };
}

/** Where accepted payloads are kept: memory (bounded), and optionally an NDJSON file (one record a line). */
export interface RecordStore {
  add(record: Omit<StoredRecord, 'seq'>): void;
  /**
   * Add a payload by the JSON text it was parsed from (equal to `payload`): memory keeps the text,
   * which costs the garbage collector one string instead of the whole object graph, and lists parse it back.
   */
  addText(record: Omit<StoredRecord, 'seq' | 'payload'>, text: string): void;
  list(): StoredRecord[];
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Open a record store; the NDJSON file is created (with its folder) and appended to. */
export async function openRecordStore(option: StoreOption, limit: number): Promise<RecordStore> {
  const kept = keepNewest<StoredRecord | TextRecord>(limit);
  let seq = 0;
  let file: WriteStream | undefined;
  if (option.kind === 'ndjson') {
    await ensureDir(dirname(option.path));
    file = await openAppend(option.path);
  }
  return {
    add(record) {
      seq += 1;
      const stored: StoredRecord = { seq, ...record };
      kept.add(stored);
      file?.write(`${JSON.stringify(stored)}\n`);
    },
    addText(record, text) {
      seq += 1;
      // Built field by field (no spread): this runs once per accepted payload.
      const stored: TextRecord = record.line === undefined ? { seq, time: record.time, path: record.path, text } : { seq, time: record.time, path: record.path, line: record.line, text };
      kept.add(stored);
      if (file) file.write(NEWLINE.test(text) ? `${JSON.stringify(materialise(stored))}\n` : `${JSON.stringify({ seq, ...record }).slice(0, -1)},"payload":${text}}\n`);
    },
    list: () => kept.list().map(materialise),
    async reset() {
      kept.clear();
      seq = 0;
      if (option.kind === 'ndjson' && file) {
        await new Promise<void>((resolve) => file!.write('', () => resolve()));
        await truncate(option.path, 0);
      }
    },
    async close() {
      if (!file) return;
      const stream = file;
      file = undefined;
      await new Promise<void>((resolve) => stream.end(() => resolve()));
    },
  };
}

/** A record kept as the JSON text of its payload. */
interface TextRecord extends Omit<StoredRecord, 'payload'> {
  readonly text: string;
}

const NEWLINE = /[\n\r\u2028\u2029]/;

function materialise(entry: StoredRecord | TextRecord): StoredRecord {
  if (!('text' in entry)) return entry;
  const { text, ...meta } = entry;
  return { ...meta, payload: JSON.parse(text) as unknown };
}

/** mkdir -p one level at a time (node's recursive mkdir can spin forever on some virtual filesystems). */
async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; missing.length < 64; at = dirname(at)) {
    try {
      await stat(at);
      break;
    } catch {
      missing.push(at);
      if (dirname(at) === at) break;
    }
  }
  for (const level of missing.reverse()) await mkdir(level).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

function openAppend(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags: 'a' });
    stream.once('open', () => {
      // A later write failure (disk full) must not crash the server: records stay in memory.
      stream.on('error', () => undefined);
      resolve(stream);
    });
    stream.once('error', reject);
  });
}
