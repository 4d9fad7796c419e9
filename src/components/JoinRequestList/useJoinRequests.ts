import { useCallback, useEffect, useRef } from 'react';
import type { RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import type { JoinRequest } from '../../core/lobby';
import { useLoad, type LoadStatus } from '../../hooks/useLoad';
import { adapterKey } from '../../adapter/adapterKey';

/** Pending requests in queue order; decided ones are not shown. */
function pendingInOrder(requests: readonly JoinRequest[]): JoinRequest[] {
  return requests.filter((r) => r.status === 'pending').sort((a, b) => a.order - b.order);
}

/** Adds or replaces one request (or drops it once decided), keeping queue order. */
function applyUpdate(requests: readonly JoinRequest[], update: JoinRequest): JoinRequest[] {
  const others = requests.filter((r) => r.id !== update.id);
  return update.status === 'pending' ? pendingInOrder([...others, update]) : others;
}

const NO_REQUESTS: readonly JoinRequest[] = [];

/**
 * Where the requests stand: the kit's load words, and `forbidden` when the backend refuses this viewer the room's
 * requests, `unsupported` when it has no lobby.
 */
export type JoinRequestsStatus = LoadStatus | 'forbidden' | 'unsupported';

/** What {@link useJoinRequests} gives. */
export interface JoinRequests {
  /** Where the read stands. */
  status: JoinRequestsStatus;
  /** The pending requests, first asked first. */
  requests: readonly JoinRequest[];
  /** Why the last read failed (not for `forbidden`). */
  error: RoomsError | undefined;
  /** Reads again after a failure. */
  retry: () => void;
  /** Reads again soon; however many ask in one turn, one read runs. */
  reload: () => void;
  /** Takes a request off the list at once (it was answered here). */
  remove: (id: string) => void;
}

/**
 * Reads a room's pending requests to join with `useLoad` and keeps them current: `joinRequestUpdated` is applied as
 * it comes, `lobbyChanged` reads again only when the count still differs (coalesced: one read however many arrive at
 * once), `resync` reads again. A viewer refused the requests is not asked again until a roster change or a resync.
 *
 * @example
 * ```ts
 * const { status, requests } = useJoinRequests(adapter, roomId);
 * ```
 */
export function useJoinRequests(adapter: RoomsAdapter | undefined, roomId: string): JoinRequests {
  const supported = adapter !== undefined && adapter.features.lobby && adapter.listJoinRequests !== undefined;
  const load = useLoad<JoinRequest[]>({
    key: supported ? `${adapterKey(adapter)}:${roomId}` : undefined,
    load: async ({ signal }) => pendingInOrder((await adapter?.listJoinRequests?.(roomId, { signal })) ?? []),
  });
  const refused = load.status === 'failed' && load.error?.code === 'forbidden';

  // What the events are compared with: the list and status as last rendered (events come between renders).
  const seen = useRef({ status: load.status, refused, data: load.data });
  useEffect(() => {
    seen.current = { status: load.status, refused, data: load.data };
  });
  const { refresh, retry, setData } = load;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reload = useCallback(() => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (seen.current.status === 'failed') retry();
      else refresh();
    }, 0);
  }, [refresh, retry]);
  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = undefined;
    },
    [],
  );

  useEffect(() => {
    if (!supported || !adapter?.subscribe) return undefined;
    return adapter.subscribe(roomId, (event) => {
      if (event.roomId !== undefined && event.roomId !== roomId) return;
      const now = seen.current;
      if (now.refused) {
        // A change of the roster may have given this user a role that admits people; a resync may mean anything.
        if (event.type === 'participantsChanged' || event.type === 'resync') reload();
        return;
      }
      if (event.type === 'joinRequestUpdated') {
        // Applied to what is held now too, so a `lobbyChanged` in the same turn compares with the updated list.
        if (now.data) now.data = applyUpdate(now.data, event.request);
        setData((list) => (list ? applyUpdate(list, event.request) : list));
        // An update heard while a read is out may be newer than its answer: read once more after it.
        if (now.status === 'loading' || now.status === 'refreshing') reload();
      } else if (event.type === 'lobbyChanged') {
        // The updates that came with it were applied; only a count that still differs needs a read.
        if (!now.data || now.data.length !== event.pendingCount) reload();
      } else if (event.type === 'resync') {
        reload();
      }
    });
  }, [adapter, roomId, supported, setData, reload]);

  const remove = useCallback((id: string) => setData((list) => list?.filter((r) => r.id !== id)), [setData]);

  let status: JoinRequestsStatus = load.status;
  if (!supported) status = 'unsupported';
  else if (refused) status = 'forbidden';
  return {
    status,
    requests: load.data ?? NO_REQUESTS,
    error: refused ? undefined : load.error,
    retry,
    reload,
    remove,
  };
}
