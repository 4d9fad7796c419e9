import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { RoomsError, WaitingRoom, useRoomsKit, type Person, type Room, type RoomsAdapter } from 'acs-rooms-kit';
import type { DemoCall } from './CallPane';

const loadCallPane = () => import('./CallPane');
const CallPane = lazy(loadCallPane);

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow4,
    display: 'grid',
    gap: tokens.spacingVerticalM,
  },
  call: { height: '640px' },
});

/** Props of {@link JoinPage}. */
export interface JoinPageProps {
  roomId: string;
  adapter: RoomsAdapter;
  /** Who is signed in. */
  me: Person | undefined;
}

type Stage =
  { name: 'checking' } | { name: 'knock' } | { name: 'call'; call: DemoCall } | { name: 'failed'; message: string };

/**
 * What someone who opens an appointment's link sees: the call straight away when they are on its list, otherwise the
 * waiting room, where they ask to join and a presenter lets them in.
 */
export default function JoinPage({ roomId, adapter, me }: JoinPageProps) {
  const styles = useStyles();
  const kit = useRoomsKit();
  const [room, setRoom] = useState<Room>();
  const [stage, setStage] = useState<Stage>({ name: 'checking' });
  const displayName = me?.displayName;

  const readStage = useCallback(
    async (signal?: AbortSignal): Promise<Stage> => {
      try {
        // First whether the signed-in user is on the room's list, which the server answers for anyone; only then
        // the join itself, so someone not on the list is offered knocking without a refused request.
        const standing = await adapter.getJoinStanding!(roomId, { signal, ...(me ? { userId: me.id } : {}) });
        if (standing.role === undefined) return { name: 'knock' };
        const info = await adapter.getJoinInfo!(roomId, { signal });
        const { connectCall } = await loadCallPane();
        return { name: 'call', call: connectCall(info, info.displayName ?? displayName ?? info.userId, adapter) };
      } catch (error) {
        if (error instanceof RoomsError && error.code === 'forbidden') return { name: 'knock' };
        const code = error instanceof RoomsError ? error.code : 'unknown';
        return { name: 'failed', message: kit.strings.errors[code] };
      }
    },
    [adapter, roomId, me, displayName, kit.strings.errors],
  );

  // One call at a time, hung up when the page goes.
  const callRef = useRef<DemoCall>(undefined);
  const show = useCallback((next: Stage, signal?: AbortSignal) => {
    if (signal?.aborted) {
      if (next.name === 'call') next.call.dispose();
      return;
    }
    callRef.current?.dispose();
    callRef.current = next.name === 'call' ? next.call : undefined;
    setStage(next);
  }, []);
  useEffect(() => () => callRef.current?.dispose(), []);

  useEffect(() => {
    const controller = new AbortController();
    adapter.getRoom(roomId, { signal: controller.signal }).then(setRoom, () => undefined);
    readStage(controller.signal).then(
      (next) => show(next, controller.signal),
      () => undefined,
    );
    // The call page loads while the person waits, so being let in shows the call at once.
    void loadCallPane();
    return () => controller.abort();
  }, [adapter, roomId, readStage, show]);

  const title = room?.subject ?? 'Your appointment';
  return (
    <section className={styles.card} aria-labelledby="join-heading">
      <Subtitle1 as="h2" id="join-heading">
        {title}
      </Subtitle1>
      {stage.name === 'checking' && <Spinner label="Opening your appointment…" />}
      {stage.name === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{stage.message}</MessageBarBody>
        </MessageBar>
      )}
      {stage.name === 'knock' && (
        <WaitingRoom
          adapter={adapter}
          roomId={roomId}
          roomTitle={title}
          defaultDisplayName={displayName}
          onAdmitted={() => void readStage().then((next) => show(next))}
        />
      )}
      {stage.name === 'call' && (
        <div className={styles.call} role="region" aria-label="Your call">
          <Suspense fallback={<Spinner label="Connecting…" />}>
            <CallPane call={stage.call} adapter={adapter} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
