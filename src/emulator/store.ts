/**
 * The emulated resource's state: the shared Rooms model (rooms, rosters, repeatable creates) and the identities,
 * behind the service's wire format, made durable by the journal when there is a data file.
 *
 * Writes run one at a time, each against the state the previous ones left: the request is checked and its change
 * planned, the change is appended to the journal and flushed, and only then made and answered. A refused request, or
 * one whose change could not be saved, leaves the state as it was, in memory and on disk. A create that repeats a
 * `Repeatability-Request-ID` waits behind the original, so it is never answered before the original is saved, and
 * after a failed save the retry plans and saves afresh.
 */
import { randomInt } from 'node:crypto';
import { decodeListCursor, encodeListCursor, FIRST_POSITION, type ListPosition } from '../core/cursor';
import { createRoomsModel, digitRoomIds, type RoomsChange, type RoomsModel } from '../core/roomsModel';
import type { RoomRole } from '../core/roles';
import {
  createIdentities,
  type AccessTokenCheck,
  type AccessTokenWire,
  type IdentityChange,
  type IdentityWire,
} from './identities';
import { DataFileError, JournalStoppedError, openJournal, type DataFileSystem, type Journal } from './journal';
import {
  asService,
  readCreateBody,
  readParticipantsBody,
  readUpdateBody,
  roomWire,
  type CollectionWire,
  type ParticipantWire,
  type RoomWire,
} from './roomsWire';
import { ROOMS_API_VERSION } from './apiVersions';
import { EmulatorError } from './serviceErrors';

/** Repeatability headers of a create, as received. */
export interface RepeatabilityHeaders {
  requestId?: string;
  firstSent?: string;
}

/** What a create answered, and whether it was a replay of an earlier one. */
export interface CreateOutcome {
  room: RoomWire;
  replayed: boolean;
}

/** Options of {@link openEmulatorStore}. */
export interface EmulatorStoreOptions {
  /** The service's clock. */
  now: () => Date;
  /** Largest page of a list. */
  pageSize: number;
  /** After this many non-empty pages, one empty page that still carries a `nextLink`. @default never */
  emptyPageEvery?: number;
  /** The resource's access key (base64). @default the one saved in `dataFile`, else `newAccessKey()` */
  accessKey?: string;
  /** Makes an access key for a new resource. */
  newAccessKey: () => string;
  /** The data file; without one the state lives in memory only. */
  dataFile?: string;
  /** The file operations the data file uses. @default the real file system */
  fileSystem?: DataFileSystem;
  /** Compact the data file once its changes take more than this many bytes (and more than its snapshot). @default 1 MiB */
  compactAfterBytes?: number;
  /** Hears failures that no request is waiting for (a compaction that could not be written). */
  onError?: (error: unknown) => void;
}

/** The emulated resource: rooms, rosters, identities. Reads are synchronous; writes resolve once they are saved. */
export interface EmulatorStore {
  /** The resource's access key. */
  readonly accessKey: string;
  /** The resource's id (the middle part of its users' raw ids). */
  readonly resourceId: string;
  /** `POST /rooms`: a new room, or the first answer again for a repeated `Repeatability-Request-ID`. */
  createRoom(body: unknown, repeatability: RepeatabilityHeaders): Promise<CreateOutcome>;
  /** `GET /rooms/{id}`. */
  getRoom(roomId: string): RoomWire;
  /** `PATCH /rooms/{id}` (merge-patch). */
  updateRoom(roomId: string, body: unknown): Promise<RoomWire>;
  /** `DELETE /rooms/{id}`. */
  deleteRoom(roomId: string): Promise<void>;
  /** `GET /rooms`, one page; `origin` prefixes the `nextLink`. */
  listRooms(skipToken: string | undefined, origin: string): CollectionWire<RoomWire>;
  /** `GET /rooms/{id}/participants`, one page. */
  listParticipants(roomId: string, skipToken: string | undefined, origin: string): CollectionWire<ParticipantWire>;
  /** `PATCH /rooms/{id}/participants` (merge-patch: a role upserts, `null` removes). */
  updateParticipants(roomId: string, body: unknown): Promise<void>;
  /** `POST /identities`, with a token when `createTokenWithScopes` is given. */
  createIdentity(body: unknown): Promise<IdentityWire>;
  /** `POST /identities/{id}/:issueAccessToken`. */
  issueAccessToken(identityId: string, body: unknown): AccessTokenWire;
  /** `POST /identities/{id}/:revokeAccessTokens`. */
  revokeAccessTokens(identityId: string): Promise<void>;
  /** `DELETE /identities/{id}`. */
  deleteIdentity(identityId: string): Promise<void>;
  /** A user's role on a room's roster, or `undefined` when they are not on it or the room does not exist. */
  roleOf(roomId: string, userId: string): RoomRole | undefined;
  /** Whether the room exists. */
  hasRoom(roomId: string): boolean;
  /** Checks an access token the resource issued (see `Identities.verifyAccessToken`). */
  verifyAccessToken(token: string): AccessTokenCheck;
  /** Hears every change to rooms and rosters once it is saved and made, until the returned function is called. */
  onRoomsChange(listener: (change: RoomsChange) => void): () => void;
  /** Waits for the writes under way, then closes the data file. */
  close(): Promise<void>;
}

/** One line of the journal after its snapshot. */
type StoreChange = { rooms: RoomsChange } | { identities: IdentityChange };

/** The journal's snapshot: the whole state. */
interface StoreSnapshot {
  rooms: unknown;
  identities: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Room ids are the only handle on a room; draw them from the system's secure source so they cannot be guessed.
const secureRandom = (): number => randomInt(0, 2 ** 47) / 2 ** 47;

/**
 * Opens the emulated resource's state, from its data file when there is one.
 * @throws {@link DataFileError} when the data file is not the emulator's or is damaged (it is left as it is); the
 * file system's error when it cannot be read or created.
 */
export async function openEmulatorStore(options: EmulatorStoreOptions): Promise<EmulatorStore> {
  const modelOptions = {
    now: options.now,
    newRoomId: digitRoomIds(secureRandom),
    emptyPageEvery: options.emptyPageEvery,
  };
  let accessKey = options.accessKey ?? options.newAccessKey();
  let model: RoomsModel = createRoomsModel(modelOptions);
  // Tokens are signed with the key the resource ends up with, known only once the data file has been read.
  const identityOptions = { now: options.now, tokenKey: (): string => accessKey };
  let identities = createIdentities(identityOptions);
  let journal: Journal<StoreChange> | undefined;

  const applyChange = (change: StoreChange): void => {
    if ('rooms' in change) model.apply(change.rooms);
    else identities.apply(change.identities);
  };
  const snapshot = (): StoreSnapshot => ({ rooms: model.snapshot(), identities: identities.snapshot() });

  if (options.dataFile !== undefined) {
    const opened = await openJournal<StoreSnapshot, StoreChange>({
      path: options.dataFile,
      accessKey,
      initialSnapshot: snapshot(),
      fileSystem: options.fileSystem,
      minCompactionBytes: options.compactAfterBytes,
      read: (saved, changes) => {
        const state = saved as Partial<StoreSnapshot> | null;
        if (typeof state !== 'object' || state === null) throw new Error('its saved state is not an object');
        model = createRoomsModel(modelOptions, state.rooms);
        identities = createIdentities(identityOptions, state.identities);
        changes.forEach((change, index) => {
          try {
            if (typeof change !== 'object' || change === null) throw new Error('it is not a change');
            applyChange(change as StoreChange);
          } catch (error) {
            throw new Error(`line ${index + 3} does not fit the state before it (${(error as Error).message})`);
          }
        });
        return { snapshot: state as StoreSnapshot, changes: changes as StoreChange[] };
      },
    });
    journal = opened.journal;
    const savedKey = opened.contents.accessKey;
    if (options.accessKey === undefined) accessKey = savedKey;
    // A new key for an existing resource: rewrite the file's header so a restart keeps the new one.
    else if (options.accessKey !== savedKey) await journal.compact(snapshot(), accessKey);
  }

  const roomsListeners = new Set<(change: RoomsChange) => void>();

  async function writeCompaction(): Promise<void> {
    await journal?.compact(snapshot(), accessKey);
  }

  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  /** Runs writes one at a time: plan against the current state, save, then apply and answer. */
  function write<T>(task: () => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new EmulatorError(503, 'ServiceUnavailable', 'The service is shutting down.'));
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  async function save(change: StoreChange): Promise<void> {
    if (journal) {
      try {
        await journal.append(change);
      } catch (error) {
        options.onError?.(error);
        if (error instanceof JournalStoppedError) {
          // Whether the change reached the file is unknown: not a refusal, so the caller retries after a restart.
          throw new EmulatorError(503, 'ServiceUnavailable', 'The service cannot save changes; restart it.');
        }
        throw new EmulatorError(500, 'InternalServerError', 'The change could not be saved, so nothing was changed.');
      }
    }
    applyChange(change);
    if ('rooms' in change) {
      for (const listener of [...roomsListeners]) {
        try {
          listener(change.rooms);
        } catch (error) {
          // The change is saved and made: a listener that fails must not turn it into a failed request.
          options.onError?.(error);
        }
      }
    }
    if (journal?.compactionDue) {
      // Not awaited by this request: the next write waits behind it instead.
      tail = tail.then(() => writeCompaction()).catch((error: unknown) => options.onError?.(error));
    }
  }

  function page<T>(list: string, path: string, origin: string, skipToken: string | undefined) {
    let position: ListPosition = FIRST_POSITION;
    if (skipToken !== undefined) {
      const decoded = decodeListCursor(identities.resourceId, list, skipToken);
      if (!decoded) {
        throw new EmulatorError(400, 'BadRequest', 'The skip token is not valid for this list.', {
          target: 'SkipToken',
        });
      }
      position = decoded;
    }
    return {
      position,
      // base64url uses only unreserved characters, so `URLSearchParams` re-serialises the link byte for byte and
      // the SDK's signature over the re-serialised query matches what it sends.
      link: (next: ListPosition): string =>
        `${origin}${path}?api-version=${ROOMS_API_VERSION}&skipToken=${encodeListCursor(identities.resourceId, list, next)}`,
      wrap: (items: T[], next: ListPosition | undefined, link: (next: ListPosition) => string): CollectionWire<T> =>
        next === undefined ? { value: items } : { value: items, nextLink: link(next) },
    };
  }

  return {
    get accessKey() {
      return accessKey;
    },
    get resourceId() {
      return identities.resourceId;
    },

    createRoom(rawBody, headers) {
      const requestId = headers.requestId?.trim();
      if (requestId !== undefined && !UUID.test(requestId)) {
        return Promise.reject(
          new EmulatorError(400, 'BadRequest', 'Repeatability-Request-ID must be a UUID.', {
            target: 'Repeatability-Request-ID',
          }),
        );
      }
      if (headers.firstSent !== undefined && Number.isNaN(Date.parse(headers.firstSent))) {
        return Promise.reject(
          new EmulatorError(400, 'BadRequest', 'Repeatability-First-Sent must be an HTTP date.', {
            target: 'Repeatability-First-Sent',
          }),
        );
      }
      return write(async () => {
        const input = readCreateBody(rawBody);
        const plan = asService(() => model.planCreate(input, requestId?.toLowerCase()));
        if (plan.kind === 'replay') return { room: roomWire(plan.room), replayed: true };
        await save({ rooms: plan.change });
        return { room: roomWire(plan.room), replayed: false };
      });
    },

    getRoom(roomId) {
      return roomWire(asService(() => model.getRoom(roomId)));
    },

    updateRoom(roomId, rawBody) {
      return write(async () => {
        const patch = readUpdateBody(rawBody);
        const plan = asService(() => model.planUpdate(roomId, patch));
        if (plan.change) await save({ rooms: plan.change });
        return roomWire(plan.room);
      });
    },

    deleteRoom(roomId) {
      return write(async () => {
        await save({ rooms: asService(() => model.planDelete(roomId)) });
      });
    },

    listRooms(skipToken, origin) {
      const { position, link, wrap } = page<RoomWire>('rooms', '/rooms', origin, skipToken);
      const result = model.listRooms(position, options.pageSize);
      return wrap(result.items.map(roomWire), result.next, link);
    },

    listParticipants(roomId, skipToken, origin) {
      asService(() => model.getRoom(roomId));
      const { position, link, wrap } = page<ParticipantWire>(
        `participants:${roomId}`,
        `/rooms/${encodeURIComponent(roomId)}/participants`,
        origin,
        skipToken,
      );
      const result = asService(() => model.listParticipants(roomId, position, options.pageSize));
      return wrap(
        result.items.map((p) => ({ rawId: p.id, role: p.role })),
        result.next,
        link,
      );
    },

    updateParticipants(roomId, rawBody) {
      return write(async () => {
        const request = readParticipantsBody(rawBody);
        // Both halves are checked before either is made: one patch lands whole or not at all.
        const upsert = asService(() => model.planUpsert(roomId, request.upserts)).change;
        const remove = asService(() => model.planRemove(roomId, request.removals)).change;
        if (!upsert && !remove) return;
        await save({
          rooms: {
            type: 'participantsChanged',
            roomId,
            upserted: upsert?.upserted ?? [],
            removed: remove?.removed ?? [],
          },
        });
      });
    },

    createIdentity(rawBody) {
      return write(async () => {
        const plan = identities.planCreate(rawBody);
        await save({ identities: plan.change });
        return plan.answer;
      });
    },

    issueAccessToken(identityId, rawBody) {
      return identities.issueAccessToken(identityId, rawBody);
    },

    revokeAccessTokens(identityId) {
      return write(async () => {
        await save({ identities: identities.planRevoke(identityId) });
      });
    },

    deleteIdentity(identityId) {
      return write(async () => {
        await save({ identities: identities.planDelete(identityId) });
      });
    },

    roleOf(roomId, userId) {
      try {
        return model.roleOf(roomId, userId);
      } catch {
        return undefined;
      }
    },

    hasRoom(roomId) {
      try {
        model.getRoom(roomId);
        return true;
      } catch {
        return false;
      }
    },

    verifyAccessToken(token) {
      return identities.verifyAccessToken(token);
    },

    onRoomsChange(listener) {
      roomsListeners.add(listener);
      return () => roomsListeners.delete(listener);
    },

    async close() {
      closed = true;
      await tail;
      await journal?.close();
    },
  };
}

export { DataFileError };
