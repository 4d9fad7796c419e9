import { GlobalSettings, registerIcons, setIconOptions } from '@fluentui/react';
import {
  Checkmark16Regular,
  ChevronDown16Regular,
  ChevronLeft16Regular,
  ChevronRight16Regular,
  ChevronUp16Regular,
  Dismiss16Regular,
  ErrorCircle16Regular,
  Info16Regular,
  Warning16Regular,
} from '@fluentui/react-icons';
import { CallComposite, type CallCompositeProps } from '@azure/communication-react';
import { memo, useEffect, useState, type ReactElement } from 'react';
import { closeCallAudio, lendAudioContext, returnAudioContext, type CallAudioSlot } from './callAudioContext';

/**
 * Icons of Fluent v8's own parts that communication-react's call shows but never registers (it registers only its
 * own names): the chevron of the microphone and camera split buttons and of its drop-downs, the check and sub-menu
 * arrows of its menus, the close button of its dialogs and panels, and the icons of its message bars. Without them
 * Fluent logs "The icon … was used but not registered" and draws nothing.
 */
export const CALL_FLUENT_ICONS: Readonly<Record<string, ReactElement>> = {
  ChevronDown: <ChevronDown16Regular />,
  ChevronUp: <ChevronUp16Regular />,
  ChevronRight: <ChevronRight16Regular />,
  ChevronRightMed: <ChevronRight16Regular />,
  ChevronLeft: <ChevronLeft16Regular />,
  CheckMark: <Checkmark16Regular />,
  Cancel: <Dismiss16Regular />,
  Clear: <Dismiss16Regular />,
  Info: <Info16Regular />,
  Warning: <Warning16Regular />,
  Error: <ErrorCircle16Regular />,
  ErrorBadge: <ErrorCircle16Regular />,
};

interface IconSettings {
  __options?: { disableWarnings?: boolean };
  [name: string]: unknown;
}

const iconSettings = (): IconSettings => GlobalSettings.getValue<IconSettings>('icons', {});

let registered = false;

/**
 * Registers {@link CALL_FLUENT_ICONS} once for the page: a name the host (or Fluent's `initializeIcons`) registered
 * already keeps the host's icon, and calling this again does nothing.
 */
export function registerCallIcons(): void {
  if (registered) return;
  registered = true;
  const settings = iconSettings();
  const missing = Object.fromEntries(
    Object.entries(CALL_FLUENT_ICONS).filter(([name]) => settings[name.toLowerCase()] === undefined),
  );
  if (Object.keys(missing).length > 0) registerIcons({ icons: missing });
}

/** The host's setting while communication-react renders, to give back afterwards. */
let hostDisableWarnings: boolean | undefined;

/**
 * These two markers bracket the composite's render (it renders only when its props change, and then only here).
 *
 * - communication-react registers all its icons again each time its composite renders. Fluent keeps the first
 *   registration and warns "Some icons were re-registered" about every later one, which changes nothing: those
 *   repeats stay quiet, and every other warning, before and after, is left as the host set it.
 * - It opens an `AudioContext` on each render: the call's one context is lent instead (see `callAudioContext`).
 */
function RenderFrom({ audio }: { audio: CallAudioSlot }): null {
  const settings = iconSettings();
  hostDisableWarnings = settings.__options?.disableWarnings ?? false;
  setIconOptions({ disableWarnings: true });
  lendAudioContext(audio);
  return null;
}

function RenderUntil(): null {
  returnAudioContext();
  if (hostDisableWarnings !== undefined) setIconOptions({ disableWarnings: hostDisableWarnings });
  hostDisableWarnings = undefined;
  return null;
}

/** communication-react's composite renders again only when one of its props changes. */
const StableCallComposite = memo(CallComposite);

/**
 * communication-react's `CallComposite` with the Fluent icons it leaves out registered, without the warnings its own
 * repeated registration causes, and with one audio context for the call however often it renders.
 *
 * @example
 * ```tsx
 * <CallCompositeWithIcons adapter={callAdapter} fluentTheme={theme} />
 * ```
 */
export function CallCompositeWithIcons(props: CallCompositeProps): ReactElement {
  registerCallIcons();
  const [audio] = useState<CallAudioSlot>(() => ({}));
  useEffect(() => () => closeCallAudio(audio), [audio]);
  return (
    <>
      <RenderFrom audio={audio} />
      <StableCallComposite {...props} />
      <RenderUntil />
    </>
  );
}
