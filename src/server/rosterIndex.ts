/**
 * The handler's index of room rosters, so a join does not read a whole roster through the SDK every time. The
 * Rooms API has no "get one participant" call: the only way to learn a user's role is to page through the roster,
 * which at 10,000 members is a hundred service requests.
 *
 * How it stays right:
 * - One full read fills a room's entry; joins that need it meanwhile share that read (single flight).
 * - This handler's own roster writes and room deletes update or drop the entry at once, including writes that land
 *   while a read is under way (they are replayed onto its result).
 * - A user the entry does not hold triggers a fresh read before being refused, so someone just added by another
 *   server (or in the portal) can join at once. The read must have started after the join arrived; concurrent
 *   misses share it, so a burst of strangers costs one read at a time per room, not one each.
 * - A user the entry holds is answered from it while the entry is younger than `maxAgeMs`; older, it is read again.
 *   So a user removed elsewhere can be told "yes" for at most `maxAgeMs`. That is bounded harm: the token issued is
 *   an identity token, not a pass into the room — the Rooms service checks the roster again when the call is
 *   joined and turns away whoever is no longer on it, and it gives the role from its own roster, not from ours.
 * - Memory is bounded by `maxParticipants` across all cached rooms, least recently used rooms evicted first; a
 *   single roster larger than that is never cached (each join reads it).
 */
import type { RoomRole } from '../core/roles';

/** Options of {@link createRosterIndex}. */
export interface RosterIndexOptions {
  /** Reads a room's whole roster (raw id → role) from the service; rejects as the service does. */
  read(roomId: string): Promise<Map<string, RoomRole>>;
  /** How long a roster serves users it holds. */
  maxAgeMs: number;
  /** Largest number of participants kept, over all rooms. */
  maxParticipants: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
}

/** A per-room roster index. */
export interface RosterIndex {
  /**
   * The role of `userId` in `roomId`, or `undefined` when a roster read that began after this call does not hold
   * them. `signal` stops the wait, not a read other callers share.
   * @throws what the roster read throws (an unknown room, an unreachable service); `signal`'s reason on abort.
   */
  roleOf(roomId: string, userId: string, signal?: AbortSignal): Promise<RoomRole | undefined>;
  /** Records roles this handler just gave (after the service accepted them). */
  upserted(roomId: string, participants: ReadonlyArray<readonly [string, RoomRole]>): void;
  /** Records participants this handler just removed. */
  removed(roomId: string, userIds: readonly string[]): void;
  /** Drops what is known of a room: it was deleted, or a write's outcome is unknown. */
  forget(roomId: string): void;
  /** Participants held now, over all rooms (for tests and metrics). */
  readonly size: number;
}

interface Entry {
  roles: Map<string, RoomRole>;
  /** When the read that filled it began: what it holds is at least that fresh. */
  readAt: number;
}

interface Load {
  /** Its place in the order of events (see `sequence`). */
  started: number;
  /** Roster writes made while it reads, replayed onto its result. */
  writes: Array<(roles: Map<string, RoomRole>) => void>;
  /** The room was deleted meanwhile: do not keep the result. */
  forgotten: boolean;
  promise: Promise<Map<string, RoomRole>>;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Makes an empty roster index. */
export function createRosterIndex(options: RosterIndexOptions): RosterIndex {
  const now = options.now ?? Date.now;
  // Insertion order is recency: a used entry is moved to the end, eviction takes from the front.
  const entries = new Map<string, Entry>();
  const loads = new Map<string, Load>();
  const queued = new Map<string, Promise<Map<string, RoomRole>>>();
  let held = 0;
  // Orders arrivals of joins and starts of reads. Milliseconds cannot: a read and a join in the same millisecond
  // would be indistinguishable, and "began after the join arrived" is what makes a miss trustworthy.
  let sequence = 0;

  function drop(roomId: string): void {
    const entry = entries.get(roomId);
    if (!entry) return;
    held -= entry.roles.size;
    entries.delete(roomId);
  }

  function evict(): void {
    for (const [oldest] of entries) {
      if (held <= options.maxParticipants) break;
      drop(oldest);
    }
  }

  function keep(roomId: string, entry: Entry): void {
    drop(roomId);
    if (entry.roles.size > options.maxParticipants) return;
    entries.set(roomId, entry);
    held += entry.roles.size;
    evict();
  }

  function start(roomId: string): Promise<Map<string, RoomRole>> {
    const readAt = now();
    let settle!: { resolve: (roles: Map<string, RoomRole>) => void; reject: (error: unknown) => void };
    const load: Load = {
      started: ++sequence,
      writes: [],
      forgotten: false,
      promise: new Promise((resolve, reject) => {
        settle = { resolve, reject };
      }),
    };
    // Registered before the read begins, so a write or a join that comes while it runs finds it.
    loads.set(roomId, load);
    options.read(roomId).then(
      (roles) => {
        if (loads.get(roomId) === load) loads.delete(roomId);
        for (const write of load.writes) write(roles);
        if (!load.forgotten) keep(roomId, { roles, readAt });
        settle.resolve(roles);
      },
      (error: unknown) => {
        if (loads.get(roomId) === load) loads.delete(roomId);
        settle.reject(error);
      },
    );
    return load.promise;
  }

  /** A read of `roomId` that began after event `arrived`: the one under way if it did, else the next one. */
  function readSince(roomId: string, arrived: number): Promise<Map<string, RoomRole>> {
    const running = loads.get(roomId);
    if (!running) return start(roomId);
    if (running.started > arrived) return running.promise;
    let next = queued.get(roomId);
    if (!next) {
      const after = running.promise.then(
        () => undefined,
        () => undefined,
      );
      next = after.then(() => {
        queued.delete(roomId);
        // Another caller may have started one in between; it began after everyone waiting here arrived.
        return loads.get(roomId)?.promise ?? start(roomId);
      });
      queued.set(roomId, next);
    }
    return next;
  }

  function onEntryAndLoad(roomId: string, write: (roles: Map<string, RoomRole>) => void): void {
    const entry = entries.get(roomId);
    if (entry) {
      held -= entry.roles.size;
      write(entry.roles);
      held += entry.roles.size;
      evict();
    }
    loads.get(roomId)?.writes.push(write);
  }

  return {
    async roleOf(roomId, userId, signal) {
      const arrived = ++sequence;
      const entry = entries.get(roomId);
      if (entry && now() - entry.readAt <= options.maxAgeMs) {
        const role = entry.roles.get(userId);
        entries.delete(roomId);
        entries.set(roomId, entry);
        if (role !== undefined) return role;
      }
      const running = loads.get(roomId);
      // A read of a room this handler deleted meanwhile answers nothing: the next read will say the room is gone.
      if (running && !running.forgotten) {
        // Any read under way is fresh enough to say yes; only a no needs a read that began after this lookup.
        const role = (await abortable(running.promise, signal)).get(userId);
        if (role !== undefined || running.started > arrived) return role;
      }
      const roles = await abortable(readSince(roomId, arrived), signal);
      return roles.get(userId);
    },

    upserted(roomId, participants) {
      onEntryAndLoad(roomId, (roles) => {
        for (const [id, role] of participants) roles.set(id, role);
      });
    },

    removed(roomId, userIds) {
      onEntryAndLoad(roomId, (roles) => {
        for (const id of userIds) roles.delete(id);
      });
    },

    forget(roomId) {
      drop(roomId);
      const load = loads.get(roomId);
      if (load) load.forgotten = true;
    },

    get size() {
      return held;
    },
  };
}
