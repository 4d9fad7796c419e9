import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  Option,
  Spinner,
  Switch,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { RoomEditor, RoomList, RoomsKitProvider, createHttpRoomsAdapter, type Person, type Room } from 'acs-rooms-kit';

import JoinPage from './JoinPage';

import { APPOINTMENT_STRINGS } from './appointmentStrings';

// The call composite is large: it is not part of the first page. Once the list is on screen and the browser is idle,
// the appointment page and the call load in the background, so opening one and joining do not wait for them.
const loadRoomView = () => import('./RoomView');
const RoomView = lazy(loadRoomView);
function preloadWhenIdle(): () => void {
  const load = () => void loadRoomView().then(() => import('./CallPane'));
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(load, 1000);
    return () => window.clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(load, { timeout: 3000 });
  return () => window.cancelIdleCallback(idle);
}

const API_BASE: string = import.meta.env.DEMO_API_BASE ?? '/api/rooms';

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  grow: { flexGrow: 1 },
  // Fluent's Dropdown is at least 250 px wide: on a phone it gives way to the screen.
  who: { minWidth: 'min(250px, 60vw)' },
  main: { padding: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalL },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow4,
  },
});

type View =
  | { name: 'list' }
  | { name: 'create' }
  // `from` is where Cancel goes back to: the list, or the appointment's own page.
  | { name: 'edit'; roomId: string; from: 'list' | 'room' }
  | { name: 'room'; roomId: string }
  | { name: 'join'; roomId: string };

/** The view a link opens: `#/join/<room>` is the page of someone asked to an appointment. */
function viewOfLocation(): View {
  const match = /^#\/join\/([^/]+)$/.exec(window.location.hash);
  return match?.[1] ? { name: 'join', roomId: decodeURIComponent(match[1]) } : { name: 'list' };
}

interface Session {
  userId: string | undefined;
  people: Person[];
}

/** Who is signed in, from the demo server's session (an HttpOnly cookie the page cannot read or forge). */
function useSession(): [Session | undefined, (userId: string) => Promise<void>] {
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    void fetch('/demo/session')
      .then((r) => r.json() as Promise<Session>)
      .then(setSession, () => setSession({ userId: undefined, people: [] }));
  }, []);
  const signIn = useCallback(async (userId: string) => {
    const answer = await fetch('/demo/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    // A new session is a new page: every view and the event stream start again as the new person.
    if (answer.ok) window.location.reload();
  }, []);
  return [session, signIn];
}

/** The clinic's scheduling app: the host app a kit user would write, on the kit's HTTP adapter. */
export function App() {
  const styles = useStyles();
  // `?theme=dark` and `?dir=rtl` open the app that way (for a link to share, or a screenshot); the switch still toggles.
  const [dark, setDark] = useState(() => new URLSearchParams(window.location.search).get('theme') === 'dark');
  const [dir] = useState<'ltr' | 'rtl'>(() =>
    new URLSearchParams(window.location.search).get('dir') === 'rtl' ? 'rtl' : 'ltr',
  );
  const [view, setView] = useState<View>(viewOfLocation);
  const [session, signIn] = useSession();
  const me = session?.people.find((p) => p.id === session.userId);
  useEffect(preloadWhenIdle, []);
  // The page behind the app takes the theme's background too: below the shell and when the page bounces.
  useEffect(() => {
    document.body.style.backgroundColor = (dark ? webDarkTheme : webLightTheme).colorNeutralBackground2;
  }, [dark]);
  useEffect(() => {
    const follow = () => setView(viewOfLocation());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const [listVersion, setListVersion] = useState(0);
  // One adapter for the page, and one event stream: the list, the roster editor and every call pane follow changes
  // made in this tab, in other tabs and by other people, as the server pushes them.
  const adapter = useMemo(() => createHttpRoomsAdapter({ baseUrl: API_BASE }), []);
  const toList = useCallback(() => {
    if (window.location.hash) window.history.pushState(null, '', window.location.pathname);
    setListVersion((v) => v + 1);
    setView({ name: 'list' });
  }, []);
  const openRoom = useCallback((room: Room) => setView({ name: 'room', roomId: room.id }), []);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} dir={dir}>
      <RoomsKitProvider adapter={adapter} strings={APPOINTMENT_STRINGS} dir={dir}>
        <div className={styles.shell}>
          <header className={styles.header}>
            {view.name !== 'list' && (
              <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={toList}>
                All appointments
              </Button>
            )}
            <Title2 as="h1" className={styles.grow}>
              Riverside Clinic
            </Title2>
            {session && session.people.length > 0 && (
              <Field label="Signed in as" orientation="horizontal">
                <Dropdown
                  className={styles.who}
                  value={me?.displayName ?? ''}
                  selectedOptions={me ? [me.id] : []}
                  onOptionSelect={(_, d) => d.optionValue && void signIn(d.optionValue)}
                >
                  {session.people.map((p) => (
                    <Option key={p.id} value={p.id} text={p.displayName}>
                      {`${p.displayName} · ${p.secondaryText ?? ''}`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
            <Switch label="Dark theme" checked={dark} onChange={(_, d) => setDark(d.checked)} />
          </header>
          <main className={styles.main}>
            {view.name === 'list' && (
              <section className={styles.card} aria-label="Appointments">
                <RoomList
                  refreshToken={listVersion}
                  onCreate={() => setView({ name: 'create' })}
                  onEdit={(room) => setView({ name: 'edit', roomId: room.id, from: 'list' })}
                  onOpen={openRoom}
                />
              </section>
            )}
            {view.name === 'create' && (
              <section className={styles.card} aria-label="New appointment">
                <RoomEditor onSaved={openRoom} onCancel={toList} />
              </section>
            )}
            {view.name === 'edit' && (
              <section className={styles.card} aria-label="Edit appointment">
                <RoomEditor
                  roomId={view.roomId}
                  onSaved={openRoom}
                  onCancel={view.from === 'room' ? () => setView({ name: 'room', roomId: view.roomId }) : toList}
                  onDeleted={toList}
                />
              </section>
            )}
            {view.name === 'join' && <JoinPage roomId={view.roomId} adapter={adapter} me={me} />}
            {view.name === 'room' && (
              <Suspense fallback={<Spinner label="Loading the appointment…" />}>
                <RoomView
                  roomId={view.roomId}
                  adapter={adapter}
                  onEdit={() => setView({ name: 'edit', roomId: view.roomId, from: 'room' })}
                  me={session?.userId}
                />
              </Suspense>
            )}
          </main>
        </div>
      </RoomsKitProvider>
    </FluentProvider>
  );
}
