/**
 * Bench page for `@azure/communication-react`'s `ParticipantList`, fed the same `n` people as the RosterEditor bench
 * (names given directly; it has no directory to ask). Only this page imports communication-react.
 */
import { FluentThemeProvider, ParticipantList, type ParticipantListParticipant } from '@azure/communication-react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { makePeople } from '../../src/adapter/inMemory';
import { countNodes, timeRender } from './measure';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10_000);
const people: ParticipantListParticipant[] = makePeople(n).map((person) => ({
  userId: person.id,
  displayName: person.displayName,
  isRemovable: true,
}));
const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);
let setPeople: ((next: ParticipantListParticipant[]) => void) | undefined;
const CHANGED = 'Renamed Participant';

function List() {
  const [participants, setParticipants] = useState(people);
  useEffect(() => {
    setPeople = setParticipants;
  }, []);
  return (
    <FluentThemeProvider>
      <ParticipantList participants={participants} onRemoveParticipant={() => undefined} />
    </FluentThemeProvider>
  );
}

const bench = {
  ready: true,
  n,
  mount: () =>
    timeRender(
      container,
      () => root.render(<List />),
      () => (container.textContent ?? '').includes(people[0]?.displayName ?? ''),
    ),
  /** One participant's name changes, as a role change would in a roster. */
  rerenderAfterChange: () =>
    timeRender(
      container,
      () => setPeople?.(people.map((p, i) => (i === 0 ? { ...p, displayName: CHANGED } : p))),
      () => (container.textContent ?? '').includes(CHANGED),
    ),
  listNodes: () => countNodes(container.firstElementChild),
};

declare global {
  interface Window {
    acsBench: typeof bench;
  }
}
window.acsBench = bench;
