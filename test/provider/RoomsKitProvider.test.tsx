import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoomsKitProvider, useComponentKit, useRoomsAdapter, useRoomsKit } from '../../src/provider';
import type { RoomsAdapter } from '../../src/adapter/types';

function Probe() {
  const kit = useRoomsKit();
  return (
    <div>
      <p>{kit.strings.common.save}</p>
      <p>{kit.strings.organisers.roles.Consumer.name}</p>
      <p data-testid="time">{kit.formatDateTime(new Date('2026-12-03T08:00:00Z'))}</p>
      <p data-testid="now">{kit.now().toISOString()}</p>
    </div>
  );
}

describe('RoomsKitProvider', () => {
  it('gives English strings and the real clock without a provider', () => {
    render(<Probe />);
    expect(screen.getByText('Save')).toBeInTheDocument();
    expect(screen.getByText('Consumer')).toBeInTheDocument();
  });
  it('switches strings and date format with the locale, in the given zone', () => {
    render(
      <RoomsKitProvider locale="de-DE" timeZone="Europe/Berlin">
        <Probe />
      </RoomsKitProvider>,
    );
    expect(screen.getByText('Speichern')).toBeInTheDocument();
    expect(screen.getByText('Zuschauer')).toBeInTheDocument();
    expect(screen.getByTestId('time')).toHaveTextContent('3. Dez. 2026, 09:00 MEZ');
  });
  it('lets the host replace any string and the clock', () => {
    const fixed = new Date('2030-01-01T00:00:00Z');
    render(
      <RoomsKitProvider locale="en-US" strings={{ common: { save: 'Book it' } }} now={() => fixed}>
        <Probe />
      </RoomsKitProvider>,
    );
    expect(screen.getByText('Book it')).toBeInTheDocument();
    expect(screen.getByTestId('now')).toHaveTextContent('2030-01-01T00:00:00.000Z');
  });
  it('hands components the provider adapter, or their own, and explains when there is none', () => {
    const fromProvider = { features: { joinPolicy: false, events: false, joinInfo: false } } as RoomsAdapter;
    const own = { features: { joinPolicy: true, events: false, joinInfo: false } } as RoomsAdapter;
    function Uses({ adapter }: { adapter?: RoomsAdapter }) {
      const chosen = useRoomsAdapter(adapter);
      return <p>{chosen === own ? 'own adapter' : chosen === fromProvider ? 'provider adapter' : 'other'}</p>;
    }
    const { unmount } = render(
      <RoomsKitProvider adapter={fromProvider}>
        <Uses />
      </RoomsKitProvider>,
    );
    expect(screen.getByText('provider adapter')).toBeInTheDocument();
    unmount();
    render(
      <RoomsKitProvider adapter={fromProvider}>
        <Uses adapter={own} />
      </RoomsKitProvider>,
    );
    expect(screen.getByText('own adapter')).toBeInTheDocument();
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect(() => render(<Uses />)).toThrow(/No RoomsAdapter/);
    } finally {
      console.error = quiet;
    }
  });
});

function AreaProbe({ strings }: { strings?: { title?: string } }) {
  const kit = useComponentKit('rosterEditor', strings);
  return (
    <div>
      <p>{kit.strings.rosterEditor.title}</p>
      <p>{kit.strings.rosterEditor.filterLabel}</p>
      <p>{kit.format('{count, plural, one {# change} other {# changes}}', { count: 1 })}</p>
    </div>
  );
}

describe('useComponentKit', () => {
  it("lays a component's own strings over the provider's, for that area only", () => {
    render(
      <RoomsKitProvider locale="de-DE" strings={{ rosterEditor: { filterLabel: 'Suchen' } }}>
        <AreaProbe strings={{ title: 'Gäste' }} />
        <AreaProbe />
      </RoomsKitProvider>,
    );
    expect(screen.getByText('Gäste')).toBeInTheDocument();
    expect(screen.getAllByText('Suchen')).toHaveLength(2);
    expect(screen.getByText('Teilnehmende')).toBeInTheDocument();
  });
});
