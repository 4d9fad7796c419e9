import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Call20Regular, Copy20Regular, Dismiss20Regular, Edit20Regular } from '@fluentui/react-icons';
import {
  CapabilityTable,
  RoomActivity,
  RosterEditor,
  collectAll,
  formatRoomWindow,
  roleCanAdmit,
  useRoomsKit,
  type RoomParticipant,
  type Person,
  type Room,
  type RoomsAdapter,
  type RoomsError,
} from 'acs-rooms-kit';

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
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  calls: {
    display: 'grid',
    // Side by side where two fit, one under the other on a narrow screen.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(480px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  pane: { display: 'grid', gridTemplateRows: 'auto 640px', gap: tokens.spacingVerticalS },
  link: { minWidth: 'min(360px, 100%)' },
});

interface JoinedCall {
  userId: string;
  name: string;
  call: DemoCall;
}

/** Props of {@link RoomView}. */
export interface RoomViewProps {
  roomId: string;
  adapter: RoomsAdapter;
  onEdit: () => void;
  /** Who is signed in: only someone whose role on this appointment may admit people sees who asks to join. */
  me: string | undefined;
}

/** One appointment: its roster, and "join as" any roster member into a simulated room call. */
export default function RoomView({ roomId, adapter, onEdit, me }: RoomViewProps) {
  const styles = useStyles();
  const kit = useRoomsKit();
  const [room, setRoom] = useState<Room>();
  const [roster, setRoster] = useState<RoomParticipant[]>([]);
  const [names, setNames] = useState<Map<string, Person>>(new Map());
  const [joinAs, setJoinAs] = useState<string>();
  const [calls, setCalls] = useState<JoinedCall[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const [r, participants] = await Promise.all([
          adapter.getRoom(roomId, { signal: controller.signal }),
          collectAll((o) => adapter.listParticipants(roomId, o), { signal: controller.signal }),
        ]);
        const people = await adapter.resolvePeople(
          participants.map((p) => p.id),
          { signal: controller.signal },
        );
        setRoom(r);
        setRoster(participants);
        setNames(new Map(people.map((p) => [p.id, p])));
      } catch (e) {
        if (!controller.signal.aborted) setError(kit.strings.errors[(e as RoomsError).code] ?? String(e));
      }
    })();
    return () => controller.abort();
  }, [adapter, roomId, kit.strings.errors]);

  // Keep the "join as" list in step with roster edits made on this page.
  useEffect(
    () =>
      adapter.subscribe?.(roomId, (event) => {
        if (event.type === 'roomUpdated') setRoom(event.room);
        if (event.type !== 'participantsChanged') return;
        setRoster((current) => {
          const next = new Map(current.map((p) => [p.id, p] as const));
          event.removed.forEach((id) => next.delete(id));
          event.upserted.forEach((p) => next.set(p.id, p));
          return [...next.values()];
        });
      }),
    [adapter, roomId],
  );

  const myRole = roster.find((p) => p.id === me)?.role;
  const mayAdmit = roleCanAdmit(myRole);

  const nameOf = useMemo(() => (id: string) => names.get(id)?.displayName ?? id, [names]);

  async function join() {
    if (!joinAs || calls.some((c) => c.userId === joinAs)) return;
    setError(undefined);
    try {
      // The server issues a join token only to someone on the roster, with their role.
      const info = await adapter.getJoinInfo!(roomId, { userId: joinAs });
      const name = info.displayName ?? nameOf(info.userId);
      const { connectCall } = await loadCallPane();
      const call = connectCall(info, name, adapter);
      setCalls((c) => [...c, { userId: info.userId, name, call }]);
    } catch (e) {
      setError(kit.strings.errors[(e as RoomsError).code] ?? String(e));
    }
  }

  function leave(userId: string) {
    calls.find((c) => c.userId === userId)?.call.dispose();
    setCalls((c) => c.filter((x) => x.userId !== userId));
  }

  // Calls still open when the page goes away are hung up.
  const callsRef = useRef(calls);
  useEffect(() => {
    callsRef.current = calls;
  }, [calls]);
  useEffect(() => () => callsRef.current.forEach((c) => c.call.dispose()), []);

  // The link a patient who is not on the list opens: they ask to join, and a presenter admits them.
  const patientLink = new URL(`#/join/${encodeURIComponent(roomId)}`, window.location.href).href;

  // The window as the list shows it: on the appointment's clock, and on the viewer's when that differs.
  const windowText =
    room &&
    formatRoomWindow(room, {
      locale: kit.locale,
      timeZone: room.timeZone,
      viewerTimeZone: kit.timeZone,
      now: kit.now(),
      phrases: { inZone: kit.strings.roomList.windowInZone, inViewerZone: kit.strings.roomList.windowInViewerZone },
    });

  return (
    <>
      <section className={styles.card} aria-labelledby="room-heading">
        <div className={styles.row}>
          {/* What people typed reads in its own direction, whatever the page's. */}
          <Subtitle1 as="h2" id="room-heading" dir="auto">
            {room?.subject ?? `Appointment ${roomId}`}
          </Subtitle1>
          <Button icon={<Edit20Regular />} onClick={onEdit}>
            Edit appointment
          </Button>
        </div>
        {windowText && (
          <Text>
            {windowText.room}
            {windowText.viewer && <> ({windowText.viewer})</>}
          </Text>
        )}
        {room?.description && <Text dir="auto">{room.description}</Text>}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Field label="Link for people not on the list" hint="They ask to join; a presenter lets them in.">
            <Input readOnly value={patientLink} className={styles.link} />
          </Field>
          <Button icon={<Copy20Regular />} onClick={() => void navigator.clipboard?.writeText(patientLink)}>
            Copy link
          </Button>
        </div>
        <RosterEditor adapter={adapter} roomId={roomId} saveMode="immediate" listHeight={320} />
        <Accordion collapsible>
          <AccordionItem value="roles">
            <AccordionHeader as="h3">What each role can do</AccordionHeader>
            <AccordionPanel>
              <CapabilityTable highlightRole={myRole} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>
      <section className={styles.card} aria-label="Who is here">
        <RoomActivity adapter={adapter} roomId={roomId} showJoinRequests={mayAdmit} />
      </section>
      <section className={styles.card} aria-labelledby="join-heading">
        <Subtitle1 as="h2" id="join-heading">
          Join the call
        </Subtitle1>
        <div className={styles.row}>
          <Field label="Join as">
            <Dropdown
              placeholder="Choose a roster member"
              selectedOptions={joinAs ? [joinAs] : []}
              value={joinAs ? nameOf(joinAs) : ''}
              onOptionSelect={(_, d) => setJoinAs(d.optionValue)}
            >
              {roster.map((p) => (
                <Option key={p.id} value={p.id} text={nameOf(p.id)}>
                  {`${nameOf(p.id)} · ${kit.strings.organisers.roles[p.role].name}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button appearance="primary" icon={<Call20Regular />} disabled={!joinAs} onClick={() => void join()}>
            Join
          </Button>
        </div>
        <div className={styles.calls}>
          {calls.map((c) => (
            <div key={c.userId} className={styles.pane} role="region" aria-label={`Call as ${c.name}`}>
              <div className={styles.row}>
                <Text weight="semibold">Call as {c.name}</Text>
                <Button size="small" icon={<Dismiss20Regular />} onClick={() => leave(c.userId)}>
                  Close
                </Button>
              </div>
              <Suspense fallback={<Spinner label="Connecting…" />}>
                <CallPane call={c.call} adapter={adapter} />
              </Suspense>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
