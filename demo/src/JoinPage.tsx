import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import {
  RoomsError,
  WaitingRoom,
  useRoomsKit,
  type Person,
  type Room,
  type RoomJoinInfo,
  type RoomsAdapter,
} from 'acs-rooms-kit';

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
  { name: 'checking' } | { name: 'knock' } | { name: 'call'; info: RoomJoinInfo } | { name: 'failed'; message: string };

/**
 * What someone who opens an appointment's link sees: the call straight away when they are on its list, otherwise the
 * waiting room, where they ask to join and a presenter lets them in.
 */
export default function JoinPage({ roomId, adapter, me }: JoinPageProps) {
  const styles = useStyles();
  const kit = useRoomsKit();
  const [room, setRoom] = useState<Room>();
  const [stage, setStage] = useState<Stage>({ name: 'checking' });

  const join = useCallback(
    async (signal?: AbortSignal) => {
      try {
        // As the signed-in user: the server answers only for someone on the room's list.
        const info = await adapter.getJoinInfo!(roomId, { signal });
        setStage({ name: 'call', info });
      } catch (error) {
        if (signal?.aborted) return;
        if (error instanceof RoomsError && error.code === 'forbidden') return setStage({ name: 'knock' });
        const code = error instanceof RoomsError ? error.code : 'unknown';
        setStage({ name: 'failed', message: kit.strings.errors[code] });
      }
    },
    [adapter, roomId, kit.strings.errors],
  );

  useEffect(() => {
    const controller = new AbortController();
    adapter.getRoom(roomId, { signal: controller.signal }).then(setRoom, () => undefined);
    void join(controller.signal);
    // The call page loads while the person waits, so being let in shows the call at once.
    void loadCallPane();
    return () => controller.abort();
  }, [adapter, roomId, join]);

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
          defaultDisplayName={me?.displayName}
          onAdmitted={() => void join()}
        />
      )}
      {stage.name === 'call' && (
        <div className={styles.call} role="region" aria-label="Your call">
          <Suspense fallback={<Spinner label="Connecting…" />}>
            <CallPane
              info={stage.info}
              displayName={stage.info.displayName ?? me?.displayName ?? title}
              adapter={adapter}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
