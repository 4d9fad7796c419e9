/**
 * The local Rooms service's data file: an append-only journal of checksummed JSON lines. The first line names the
 * format and holds the resource's access key, the second a snapshot of the whole state, and every line after it one
 * change, appended and flushed to disk before the change is made or answered. A write therefore costs one small
 * append whatever the size of the store; when the changes outgrow the snapshot, the file is compacted (a new snapshot
 * written to a temporary file, flushed, and renamed over the old one).
 *
 * Why not an embedded database: the emulator is a development tool that ships inside the kit's npm package, and the
 * maintained embedded stores for Node 20 are native modules built at install time; one file of JSON lines with a
 * CRC-32 per line gives the guarantees needed here (durable appends, torn writes detected, damage refused) with
 * nothing to build.
 *
 * What happens when things go wrong:
 * - a failed append (a full or failing disk) is cut off again, so the file ends at the last saved change, and the
 *   error reaches the caller, who changes nothing;
 * - a process killed in the middle of an append leaves an unfinished last line: that change was never acknowledged,
 *   and the next start cuts it off;
 * - anything else that does not read back (a line whose checksum does not match, a line in the middle that is not
 *   JSON, a state that does not fit together) stops the start with a message that says what is wrong and how to
 *   recover, and the file is left exactly as it was.
 */
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';

/** Marks a file as the emulator's, so `--data` never silently reads or overwrites some other file. */
export const DATA_FILE_FORMAT = 'acs-rooms-kit/rooms-emulator';

/** The version of the journal format. Version 1 was a single JSON document. */
export const DATA_FILE_VERSION = 2;

/** An open file, with the few operations the journal needs. */
export interface DataFileHandle {
  /** Writes all of `data` at `position`. */
  write(data: Uint8Array, position: number): Promise<void>;
  /** Flushes the file's data to disk. */
  sync(): Promise<void>;
  /** Cuts the file to `length` bytes. */
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations the journal uses. The default is the real file system; tests pass one that fails some of the
 * time, to check that a failing disk never loses an acknowledged write and never keeps a refused one.
 */
export interface DataFileSystem {
  /** The file's bytes, or `undefined` when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Opens an existing file for reading and writing. */
  openForWriting(path: string): Promise<DataFileHandle>;
  /** Creates a new file (failing if it exists), writes `data` and flushes it. */
  writeNew(path: string, data: Uint8Array): Promise<void>;
  /** Renames `from` over `to` (atomically: on failure nothing was renamed). */
  rename(from: string, to: string): Promise<void>;
  /** Flushes a folder, so a rename in it survives a power cut. */
  syncFolder(path: string): Promise<void>;
  /** Removes a file; no error when it is not there. */
  remove(path: string): Promise<void>;
  /** The names of the files in a folder. */
  list(folder: string): Promise<string[]>;
}

/** The real file system. */
export const nodeDataFileSystem: DataFileSystem = {
  async read(path) {
    try {
      return await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async openForWriting(path) {
    const handle = await open(path, 'r+');
    return {
      async write(data, position) {
        let written = 0;
        while (written < data.length) {
          const { bytesWritten } = await handle.write(data, written, data.length - written, position + written);
          written += bytesWritten;
        }
      },
      sync: () => handle.datasync(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
  async writeNew(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  async syncFolder(path) {
    let directory;
    try {
      directory = await open(path, 'r');
    } catch {
      // Windows cannot open a directory for syncing; the rename is still atomic there.
      return;
    }
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  },
  remove: (path) => rm(path, { force: true }),
  list: (folder) => readdir(folder),
};

/** The first line of the file. */
interface Header {
  format: typeof DATA_FILE_FORMAT;
  version: typeof DATA_FILE_VERSION;
  accessKey: string;
}

/** What a journal holds when it is opened. */
export interface JournalContents<S, C> {
  /** The resource's access key. */
  accessKey: string;
  /** The last snapshot. */
  snapshot: S;
  /** The changes saved after it, oldest first. */
  changes: C[];
}

/** An open journal. */
export interface Journal<C> {
  /** Saves one change; resolves once it is on disk. @throws the file system's error; the file is then as before. */
  append(change: C): Promise<void>;
  /** Whether the changes since the last snapshot have outgrown it, so a {@link Journal.compact} is due. */
  readonly compactionDue: boolean;
  /** Replaces the file by this snapshot (and access key). @throws the file system's error; the file is kept. */
  compact(snapshot: unknown, accessKey: string): Promise<void>;
  /** Closes the file. */
  close(): Promise<void>;
}

/** Options of {@link openJournal}. */
export interface OpenJournalOptions<S, C> {
  /** The data file. */
  path: string;
  /** The access key to write into a new file. */
  accessKey: string;
  /** The snapshot a new file starts with. */
  initialSnapshot: S;
  /** Reads the saved snapshot and changes; throws an `Error` saying what does not fit. */
  read: (snapshot: unknown, changes: unknown[]) => { snapshot: S; changes: C[] };
  /** @default the real file system */
  fileSystem?: DataFileSystem;
  /** Compact once the changes take more than this share of the snapshot's size. @default 1 */
  compactionRatio?: number;
  /** …and more than this many bytes. @default 1 MiB */
  minCompactionBytes?: number;
}

/** The data file cannot be used as it is; the message says why and how to recover. Nothing was written to it. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/**
 * An append failed and could not be cut off again, so whether the change is in the file is unknown: the journal
 * takes no more appends (as a database stops after a failed flush), and the caller must not say the change failed.
 */
export class JournalStoppedError extends Error {
  constructor(cause: unknown) {
    super('The data file could not be written or repaired; restart the emulator.', { cause });
    this.name = 'JournalStoppedError';
  }
}

const encoder = new TextEncoder();
const NEWLINE = 0x0a;
const DEFAULT_MIN_COMPACTION_BYTES = 1024 * 1024;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** One line: the CRC-32 of the JSON in hex, a space, the JSON, a newline. */
function encodeLine(value: unknown): Uint8Array {
  const json = JSON.stringify(value);
  const checksum = (crc32(json) >>> 0).toString(16).padStart(8, '0');
  return encoder.encode(`${checksum} ${json}\n`);
}

function decodeLine(text: string): unknown {
  const space = text.indexOf(' ');
  const given = text.slice(0, space);
  const json = text.slice(space + 1);
  if (space !== 8 || !/^[0-9a-f]{8}$/.test(given)) throw new Error('has no checksum');
  if ((crc32(json) >>> 0).toString(16).padStart(8, '0') !== given) throw new Error('does not match its checksum');
  return JSON.parse(json);
}

function temporaryName(path: string): string {
  return `${path}.${process.pid}-${Date.now().toString(36)}.tmp`;
}

function isTemporaryOf(path: string, name: string): boolean {
  return name.startsWith(`${basename(path)}.`) && name.endsWith('.tmp');
}

function recovery(path: string): string {
  return (
    `The file was left as it is. To recover, restore ${path} from a backup, or move it away to start with an ` +
    'empty service (or pick another --data file).'
  );
}

/**
 * Opens the journal at `path`, creating it when it does not exist.
 * @throws {@link DataFileError} when the file is not the emulator's or is damaged; the file system's error when the
 * file cannot be read or created.
 */
export async function openJournal<S, C>(
  options: OpenJournalOptions<S, C>,
): Promise<{ journal: Journal<C>; contents: JournalContents<S, C> }> {
  const { path } = options;
  const fs = options.fileSystem ?? nodeDataFileSystem;
  const ratio = options.compactionRatio ?? 1;
  const minCompactionBytes = options.minCompactionBytes ?? DEFAULT_MIN_COMPACTION_BYTES;

  // Temporary files of a compaction that a killed process never finished: the data file itself is still whole.
  for (const name of await fs.list(dirname(path)).catch(() => [] as string[])) {
    if (isTemporaryOf(path, name)) await fs.remove(join(dirname(path), name));
  }

  let bytes = await fs.read(path);
  let contents: JournalContents<S, C>;
  let goodLength: number;
  let snapshotBytes: number;
  if (bytes === undefined) {
    const header: Header = { format: DATA_FILE_FORMAT, version: DATA_FILE_VERSION, accessKey: options.accessKey };
    const headerLine = encodeLine(header);
    const snapshotLine = encodeLine({ snapshot: options.initialSnapshot });
    bytes = concat(headerLine, snapshotLine);
    await replaceFile(fs, path, bytes);
    contents = { accessKey: options.accessKey, snapshot: options.initialSnapshot, changes: [] };
    goodLength = bytes.length;
    snapshotBytes = snapshotLine.length;
  } else {
    ({ contents, goodLength, snapshotBytes } = readJournal(path, bytes, options.read));
  }

  const handle = await fs.openForWriting(path);
  // An unfinished last line is a change that was never acknowledged (the process died while writing it).
  if (goodLength < bytes.length) await handle.truncate(goodLength);

  let current = handle;
  let length = goodLength;
  let changeBytes = length - snapshotBytes;
  let stopped: JournalStoppedError | undefined;
  // After a failed compaction, the next try waits until the changes have doubled, so a failing disk is not asked
  // for a whole new file on every write.
  let retryCompactionAt = 0;

  const journal: Journal<C> = {
    async append(change) {
      if (stopped) throw stopped;
      const line = encodeLine({ change });
      try {
        await current.write(line, length);
        await current.sync();
      } catch (error) {
        // Cut off whatever part of the line reached the file, so the file ends at the last saved change again.
        try {
          await current.truncate(length);
          await current.sync();
        } catch (cutError) {
          stopped = new JournalStoppedError(cutError);
          throw stopped;
        }
        throw error;
      }
      length += line.length;
      changeBytes += line.length;
    },

    get compactionDue() {
      return changeBytes > Math.max(minCompactionBytes, snapshotBytes * ratio, retryCompactionAt);
    },

    async compact(snapshot, accessKey) {
      if (stopped) throw stopped;
      const headerLine = encodeLine({ format: DATA_FILE_FORMAT, version: DATA_FILE_VERSION, accessKey });
      const snapshotLine = encodeLine({ snapshot });
      const data = concat(headerLine, snapshotLine);
      let renamed = false;
      try {
        await replaceFile(fs, path, data, () => (renamed = true));
      } catch (error) {
        if (!renamed) retryCompactionAt = changeBytes * 2;
        throw error;
      } finally {
        if (renamed) {
          // The old handle points at the replaced file; later appends must go to the new one, even when the folder
          // could not be flushed after the rename.
          const previous = current;
          try {
            current = await fs.openForWriting(path);
          } catch (error) {
            stopped = new JournalStoppedError(error);
          }
          await previous.close().catch(() => undefined);
          length = data.length;
          snapshotBytes = snapshotLine.length;
          changeBytes = 0;
          retryCompactionAt = 0;
        }
      }
    },

    close: () => current.close(),
  };
  return { journal, contents };
}

/**
 * Writes `data` as the new contents of `path`: to a temporary file that is flushed, then renamed over `path`, then
 * the folder flushed, so a crash leaves the old or the new file, never a torn one, and no temporary file behind.
 */
async function replaceFile(
  fs: DataFileSystem,
  path: string,
  data: Uint8Array,
  onRenamed: () => void = () => undefined,
): Promise<void> {
  const temporary = temporaryName(path);
  try {
    await fs.writeNew(temporary, data);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.remove(temporary).catch(() => undefined);
    throw error;
  }
  onRenamed();
  await fs.syncFolder(dirname(path));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function readJournal<S, C>(
  path: string,
  bytes: Uint8Array,
  read: OpenJournalOptions<S, C>['read'],
): { contents: JournalContents<S, C>; goodLength: number; snapshotBytes: number } {
  const lines: Array<{ text: string; end: number }> = [];
  let start = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, start)) {
    lines.push({ text: new TextDecoder().decode(bytes.subarray(start, at)), end: at + 1 });
    start = at + 1;
  }
  const goodLength = start;
  const notOurs = (): DataFileError =>
    new DataFileError(`${path} is not an emulator data file. Move it away or pick another --data file.`);
  const damaged = (what: string): DataFileError => new DataFileError(`${path} is damaged: ${what}. ${recovery(path)}`);

  const notOursOrOlder = (): DataFileError => {
    // A version 1 file was one JSON document; say so rather than calling it damaged or foreign.
    let old: { format?: unknown; version?: unknown } | undefined;
    try {
      old = JSON.parse(new TextDecoder().decode(bytes)) as typeof old;
    } catch {
      old = undefined;
    }
    if (old?.format !== DATA_FILE_FORMAT) return notOurs();
    return new DataFileError(
      `${path} was written by an older version of the emulator (format ${String(old.version)}), which this one ` +
        'cannot read. Move it away or pick another --data file.',
    );
  };

  const first = lines[0];
  if (!first) {
    // Only an unfinished first line: not a file this emulator finished writing.
    throw bytes.length === 0 ? damaged('it is empty') : notOursOrOlder();
  }
  let header: unknown;
  try {
    header = decodeLine(first.text);
  } catch {
    throw notOursOrOlder();
  }
  const { format, version, accessKey } = (header ?? {}) as Partial<Record<keyof Header, unknown>>;
  if (format !== DATA_FILE_FORMAT) throw notOurs();
  if (version !== DATA_FILE_VERSION) {
    throw new DataFileError(`${path} has format version ${String(version)}; this emulator reads version 2 only.`);
  }
  if (typeof accessKey !== 'string' || accessKey === '' || !BASE64.test(accessKey)) {
    throw damaged('its access key is not base64 text');
  }

  const second = lines[1];
  if (!second) throw damaged('it has no saved state');
  let snapshot: unknown;
  try {
    const line = decodeLine(second.text) as { snapshot?: unknown };
    if (typeof line !== 'object' || line === null || !('snapshot' in line)) throw new Error('is not a snapshot');
    snapshot = line.snapshot;
  } catch (error) {
    throw damaged(`line 2 (the saved state) ${(error as Error).message}`);
  }
  const changes: unknown[] = [];
  for (let index = 2; index < lines.length; index++) {
    const line = lines[index] as { text: string };
    try {
      const entry = decodeLine(line.text) as { change?: unknown };
      if (typeof entry !== 'object' || entry === null || !('change' in entry)) throw new Error('is not a change');
      changes.push(entry.change);
    } catch (error) {
      throw damaged(`line ${index + 1} ${(error as Error).message}`);
    }
  }
  try {
    const checked = read(snapshot, changes);
    return {
      contents: { accessKey, snapshot: checked.snapshot, changes: checked.changes },
      goodLength,
      snapshotBytes: second.end - first.end,
    };
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    throw damaged((error as Error).message);
  }
}
