/**
 * The emulator's data file: the whole state as one JSON document, rewritten after every change and before the change
 * is answered. Each write goes to a temporary file that is flushed to disk and then renamed over the data file, so a
 * killed process leaves either the previous or the new state, never a torn file, and never loses an acknowledged write.
 *
 * Writes are group-committed: changes that arrive while a write is under way are saved together by the next one, so
 * a hundred concurrent requests cost a handful of writes rather than a hundred.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The document in the data file. */
export interface DataFileContents {
  format: typeof DATA_FILE_FORMAT;
  version: 1;
  /** The resource's access key, so a restarted emulator keeps accepting the connection string it printed. */
  accessKey: string;
  /** The store's snapshot. */
  state: unknown;
}

/** Marks a JSON file as the emulator's, so `--data` never silently reads or overwrites some other file. */
export const DATA_FILE_FORMAT = 'acs-rooms-kit/rooms-emulator';

/** A data file: read once at start, then committed after every change. */
export interface DataFile {
  /** The saved contents, or `undefined` when the file does not exist yet. */
  load(): Promise<DataFileContents | undefined>;
  /** Saves the contents `read` returns when the write starts; resolves once they are on disk. */
  commit(read: () => DataFileContents): Promise<void>;
  /** Resolves when every commit asked for so far has finished. */
  idle(): Promise<void>;
}

async function writeDurably(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  // The rename itself lives in the directory; flush it too where the platform allows opening a directory.
  try {
    const directory = await open(dirname(path), 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Windows cannot open a directory for syncing; the rename is still atomic there.
  }
}

/** Opens (without creating) the data file at `path`. */
export function openDataFile(path: string): DataFile {
  let chain: Promise<void> = Promise.resolve();
  let waiting: { promise: Promise<void>; settle: (error?: unknown) => void } | undefined;

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error(
          `${path} is not JSON; it is not an emulator data file. Move it away or pick another --data file.`,
        );
      }
      const contents = parsed as Partial<DataFileContents> | null;
      if (
        typeof contents !== 'object' ||
        contents === null ||
        contents.format !== DATA_FILE_FORMAT ||
        contents.version !== 1 ||
        typeof contents.accessKey !== 'string'
      ) {
        throw new Error(`${path} is not an emulator data file (version 1). Move it away or pick another --data file.`);
      }
      return contents as DataFileContents;
    },

    commit(read) {
      if (!waiting) {
        let settle!: (error?: unknown) => void;
        const promise = new Promise<void>((resolve, reject) => {
          settle = (error) => (error === undefined ? resolve() : reject(error));
        });
        const batch = { promise, settle };
        waiting = batch;
        chain = chain.then(async () => {
          // From here on, new changes wait for the next write: this one reads the state now.
          waiting = undefined;
          try {
            await writeDurably(path, JSON.stringify(read()));
            batch.settle();
          } catch (error) {
            await rm(`${path}.${process.pid}.tmp`, { force: true }).catch(() => undefined);
            batch.settle(error);
          }
        });
      }
      return waiting.promise;
    },

    idle() {
      return chain;
    },
  };
}
