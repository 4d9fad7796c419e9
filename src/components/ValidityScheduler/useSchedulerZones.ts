import { useMemo, useState } from 'react';
import { listTimeZones, zoneOffsetLabel } from '../../core/schedule';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { ValiditySchedulerZoneOption } from './ValidityScheduler.types';

/** What {@link useSchedulerZones} gives the scheduler. */
export interface SchedulerZones {
  /** The zones that match what the user typed (every zone until they type). */
  readonly options: readonly ValiditySchedulerZoneOption[];
  /** The chosen zone as the field shows it: "Europe/Berlin (UTC+01:00)". */
  readonly selectedText: string;
  /** What the user typed into the zone field; `undefined` shows the chosen zone. */
  readonly query: string | undefined;
  readonly setQuery: (query: string | undefined) => void;
  /** Whether the list is open. */
  readonly open: boolean;
  /** Opens or closes the list (closing forgets what was typed). */
  readonly onOpenChange: (open: boolean) => void;
}

/**
 * The zone field's list: every IANA zone with its offset at the window's start, worked out only while the list is
 * open (400-odd zones), filtered by what the user types ("new york" finds America/New_York).
 *
 * @example
 * ```ts
 * const zones = useSchedulerZones(kit, 'Europe/Berlin', value.validFrom);
 * zones.setQuery('tokyo');
 * ```
 */
export function useSchedulerZones(kit: RoomsKitContextValue, timeZone: string, at: Date): SchedulerZones {
  const { format } = kit;
  const optionText = kit.strings.validityScheduler.timeZoneOption;
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const all = useMemo<ValiditySchedulerZoneOption[]>(() => {
    if (!open) return [];
    const zones = listTimeZones();
    return (zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => {
      const offset = zoneOffsetLabel(zone, at);
      return { timeZone: zone, offset, text: format(optionText, { timeZone: zone, offset }) };
    });
  }, [open, timeZone, at, format, optionText]);
  const selectedText = format(optionText, { timeZone, offset: zoneOffsetLabel(timeZone, at) });
  const options = useMemo(() => {
    if (query === undefined || query === selectedText) return all;
    const needle = query.trim().toLowerCase().replace(/\s+/g, '_');
    if (!needle) return all;
    return all.filter((o) => o.text.toLowerCase().replace(/\s+/g, '_').includes(needle));
  }, [all, query, selectedText]);
  return {
    options,
    selectedText,
    query,
    setQuery,
    open,
    onOpenChange: (next) => {
      setOpen(next);
      if (!next) setQuery(undefined);
    },
  };
}
