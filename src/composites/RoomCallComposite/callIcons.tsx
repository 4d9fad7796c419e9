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
import { memo, type ReactElement } from 'react';

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
 * communication-react registers all its icons again each time its composite renders (a second call, a new mount, a
 * changed prop). Fluent keeps the first registration and warns "Some icons were re-registered" about every later one,
 * which changes nothing. These two markers bracket the composite's render, so those repeats stay quiet; every other
 * warning, before and after, is left as the host set it.
 */
function QuietFrom(): null {
  const settings = iconSettings();
  hostDisableWarnings = settings.__options?.disableWarnings ?? false;
  setIconOptions({ disableWarnings: true });
  return null;
}

function QuietUntil(): null {
  if (hostDisableWarnings !== undefined) setIconOptions({ disableWarnings: hostDisableWarnings });
  hostDisableWarnings = undefined;
  return null;
}

/**
 * communication-react's composite renders again only when one of its props changes: each of its renders opens a new
 * AudioContext (and closes only the first), so one per change of the call's state soon exhausts the audio device.
 */
const StableCallComposite = memo(CallComposite);

/**
 * communication-react's `CallComposite` with the Fluent icons it leaves out registered, and without the warnings its
 * own repeated registration causes.
 *
 * @example
 * ```tsx
 * <CallCompositeWithIcons adapter={callAdapter} fluentTheme={theme} />
 * ```
 */
export function CallCompositeWithIcons(props: CallCompositeProps): ReactElement {
  registerCallIcons();
  return (
    <>
      <QuietFrom />
      <StableCallComposite {...props} />
      <QuietUntil />
    </>
  );
}
