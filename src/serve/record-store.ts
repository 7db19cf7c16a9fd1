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

/** Default byte budget of the memory store's texts (64 MiB). */
export const DEFAULT_STORE_BYTES = 64 * 1024 * 1024;

/**
 * Open a record store; the NDJSON file is created (with its folder) and appended to. Memory keeps the
 * newest `limit` records whose texts fit in `maxBytes` (see TextRing).
 */
export async function openRecordStore(option: StoreOption, limit: number, maxBytes = DEFAULT_STORE_BYTES): Promise<RecordStore> {
  const kept = new TextRing(limit, maxBytes);
  let file: WriteStream | undefined;
  if (option.kind === 'ndjson') {
    await ensureDir(dirname(option.path));
    file = await openAppend(option.path);
  }
  return {
    add(record) {
      const seq = kept.addValue(record.time, record.path, record.line, record.payload);
      file?.write(`${JSON.stringify({ seq, ...record })}\n`);
    },
    addText(record, text) {
      const seq = kept.addText(record.time, record.path, record.line, text);
      if (file) file.write(NEWLINE.test(text) ? `${JSON.stringify({ seq, ...record, payload: JSON.parse(text) as unknown })}\n` : `${JSON.stringify({ seq, ...record }).slice(0, -1)},"payload":${text}}\n`);
    },
    list: () => kept.list(),
    async reset() {
      kept.clear();
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

const NEWLINE = /[\n\r\u2028\u2029]/;
/** Most UTF-8 bytes one UTF-16 code unit can take (a lone surrogate or a BMP character: 3). */
const UTF8_PER_UNIT = 3;

/**
 * The newest records, numbered from 1: a ring of `limit` slots whose texts live in one Buffer of
 * `maxBytes`, their time and path in arrays and their line in a typed array. A kept text is bytes
 * outside the JavaScript heap, so a server that keeps 10,000 records does not have the garbage
 * collector copy and mark 10,000 strings. A text evicts the oldest records its bytes would overlap;
 * one too long for the buffer (over maxBytes / 3 code units), or a payload given as a value, is kept
 * as the value.
 */
class TextRing {
  private bytes: Buffer | undefined;
  /** Next byte offset to write at. */
  private head = 0;
  /** Slot of the oldest record, and how many are kept. */
  private first = 0;
  private count = 0;
  /** Number of the newest record, and of the oldest kept text (0: none). */
  private seq = 0;
  private oldestText = 0;
  private readonly offsets: Uint32Array;
  private readonly lengths: Uint32Array;
  /** 1-based NDJSON line, 0 for none. */
  private readonly lines: Uint32Array;
  /** 1 where the slot's payload is text in `bytes`, 0 where it is in `values`. */
  private readonly isText: Uint8Array;
  private readonly times: string[];
  private readonly paths: string[];
  private readonly values: unknown[];
  private lastPath = '';

  constructor(
    private readonly limit: number,
    private readonly maxBytes: number,
  ) {
    this.offsets = new Uint32Array(limit);
    this.lengths = new Uint32Array(limit);
    this.lines = new Uint32Array(limit);
    this.isText = new Uint8Array(limit);
    this.times = new Array<string>(limit).fill('');
    this.paths = new Array<string>(limit).fill('');
    this.values = new Array<unknown>(limit).fill(undefined);
  }

  addText(time: string, path: string, line: number | undefined, text: string): number {
    const bound = text.length * UTF8_PER_UNIT;
    if (bound > this.maxBytes) return this.addValue(time, path, line, JSON.parse(text));
    // Allocated on first use; untouched pages of it cost no memory.
    const bytes = (this.bytes ??= Buffer.allocUnsafeSlow(this.maxBytes));
    if (this.head + bound > this.maxBytes) this.head = 0;
    const start = this.head;
    // Texts lie in arrival order around the ring, so the oldest text is the first that [start, start + bound) can reach.
    while (this.count > 0 && this.oldestOverlaps(start, start + bound)) this.evict();
    const slot = this.slot(time, path, line);
    const written = bytes.write(text, start, 'utf8');
    this.offsets[slot] = start;
    this.lengths[slot] = written;
    this.isText[slot] = 1;
    if (this.oldestText === 0) this.oldestText = this.seq;
    this.head = start + written;
    return this.seq;
  }

  addValue(time: string, path: string, line: number | undefined, value: unknown): number {
    const slot = this.slot(time, path, line);
    this.values[slot] = value;
    this.isText[slot] = 0;
    return this.seq;
  }

  list(): StoredRecord[] {
    const out: StoredRecord[] = [];
    const firstSeq = this.seq - this.count + 1;
    for (let i = 0; i < this.count; i++) {
      const slot = (this.first + i) % this.limit;
      const offset = this.offsets[slot]!;
      const payload = this.isText[slot] === 1 ? (JSON.parse(this.bytes!.toString('utf8', offset, offset + this.lengths[slot]!)) as unknown) : this.values[slot];
      const line = this.lines[slot]!;
      const meta = { seq: firstSeq + i, time: this.times[slot]!, path: this.paths[slot]! };
      out.push(line === 0 ? { ...meta, payload } : { ...meta, line, payload });
    }
    return out;
  }

  clear(): void {
    this.values.fill(undefined);
    this.head = 0;
    this.first = 0;
    this.count = 0;
    this.seq = 0;
    this.oldestText = 0;
  }

  /** Take the next slot (evicting the oldest when all are used) and fill in its metadata. */
  private slot(time: string, path: string, line: number | undefined): number {
    if (this.count === this.limit) this.evict();
    const slot = (this.first + this.count) % this.limit;
    this.count += 1;
    this.seq += 1;
    this.times[slot] = time;
    // Requests to one path share one string instead of each keeping its own.
    this.paths[slot] = path === this.lastPath ? this.lastPath : (this.lastPath = path);
    this.lines[slot] = line ?? 0;
    return slot;
  }

  /** Whether the oldest kept text overlaps [start, end). */
  private oldestOverlaps(start: number, end: number): boolean {
    if (this.oldestText === 0) return false;
    const slot = this.slotOf(this.oldestText);
    const offset = this.offsets[slot]!;
    return offset < end && offset + this.lengths[slot]! > start;
  }

  private slotOf(seq: number): number {
    return (this.first + seq - (this.seq - this.count + 1)) % this.limit;
  }

  /** Drop the oldest record; if it was the oldest text, find the next (each slot is passed once). */
  private evict(): void {
    const evicted = this.seq - this.count + 1;
    this.values[this.first] = undefined;
    this.first = (this.first + 1) % this.limit;
    this.count -= 1;
    if (evicted !== this.oldestText) return;
    this.oldestText = 0;
    for (let next = evicted + 1; next <= this.seq; next++) {
      if (this.isText[this.slotOf(next)] === 1) {
        this.oldestText = next;
        break;
      }
    }
  }
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
