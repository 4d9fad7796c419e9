import { useCallback, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type { RoomEditorNotice } from './RoomEditor.types';

/**
 * The idempotency key of the room the user means to create (see `useRoomEditor`): made at the first Create, kept
 * across retries, retired by an edit only after a failure that proves no room was made.
 */
export interface CreateKey {
  /** The key to send: the one kept from an earlier attempt, or a new one. */
  readonly take: () => string;
  /** A fresh key, for a room the user asked for on purpose after an earlier attempt may have made one. */
  readonly renew: () => string;
  /** The create succeeded: the next room gets a key of its own. */
  readonly retire: () => void;
  /** The create failed; `definite` when the failure proves no room was made (the next edit then retires the key). */
  readonly failed: (definite: boolean) => void;
  /** Every change the user makes goes through here: it clears a stale success and may retire the key. */
  readonly edited: () => void;
}

/**
 * The editor's {@link CreateKey}.
 *
 * @example
 * ```ts
 * const key = useCreateKey(setNotice);
 * adapter.createRoom(input, { idempotencyKey: key.take() });
 * ```
 */
export function useCreateKey(setNotice: Dispatch<SetStateAction<RoomEditorNotice | undefined>>): CreateKey {
  const current = useRef<string | undefined>(undefined);
  const replaceableOnEdit = useRef(false);
  const edited = useCallback(() => {
    setNotice((notice) => (notice?.intent === 'success' ? undefined : notice));
    if (replaceableOnEdit.current) {
      current.current = undefined;
      replaceableOnEdit.current = false;
    }
  }, [setNotice]);
  return useMemo(
    () => ({
      take: () => (current.current ??= globalThis.crypto.randomUUID()),
      renew: () => {
        replaceableOnEdit.current = false;
        return (current.current = globalThis.crypto.randomUUID());
      },
      retire: () => {
        current.current = undefined;
        replaceableOnEdit.current = false;
      },
      failed: (definite) => {
        replaceableOnEdit.current = definite;
      },
      edited,
    }),
    [edited],
  );
}
