import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import {
  COMPOSITE_LOCALE_DE_DE,
  COMPOSITE_LOCALE_EN_US,
  type CallAdapter,
  type CallCompositeOptions,
  type CallCompositeProps,
  type CallControlOptions,
  type CompositeLocale,
  type CustomCallControlButtonCallback,
  type ParticipantMenuItemsCallback,
} from '@azure/communication-react';
import {
  CALL_CONTROLS,
  decideCallControls,
  diffCallControls,
  resolveCallRole,
  sameCallControls,
  type CallControl,
  type CallControlDecision,
  type CallControlDecisions,
} from '../../core/callControls';
import { roleTableLines, type RoomRole } from '../../core/roles';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomsKitStrings } from '../../strings';
import type {
  RoomCallCapabilityLine,
  RoomCallCompositeProps,
  RoomCallCompositeState,
  RoomCallPhase,
  RoomCallRestriction,
  RoomCallRoleNotice,
} from './RoomCallComposite.types';
import { useCallTheme } from './callTheme';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useNamedDialogs } from './useNamedDialogs';
import { createRoleAwareCallAdapter } from './roleAwareCallAdapter';
import { useCallAdapterState } from './useCallAdapterState';
import { useCallAvatars } from './useCallAvatars';
import { speakingChangeText, useCallAnnouncements, type RoomCallNoticeSubscribe } from './useCallAnnouncements';
import { useCallModeration } from './useCallModeration';
import { usePeoplePanel } from './usePeoplePanel';
import { useRoomData } from './useRoomData';
import { splitCountdown, useRoomWindow } from './useRoomWindow';

type ButtonOption = boolean | { disabled: boolean } | undefined;

/** Below this width (CSS px) of the call, communication-react's phone layout: one row of icons and a drawer. */
const MOBILE_BELOW = 600;
/** From this width on, the control bar has room for every button's label. */
const LABELS_FROM = 960;

/** The notices a call adapter offers for its local user, where it offers them (the kit's simulated call does). */
function noticesOf(callAdapter: CallAdapter): RoomCallNoticeSubscribe | undefined {
  // A notice for the local stay carries more than the local form needs (its stay id), so the kit's listener fits it.
  const candidate = (callAdapter as Partial<{ onNotice: RoomCallNoticeSubscribe }>).onNotice;
  return typeof candidate === 'function' ? candidate.bind(callAdapter) : undefined;
}

/** The host's wish for a button, narrowed by the kit's verdict: hidden stays hidden, denied is never enabled. */
function restrictButton(hostValue: ButtonOption, decision: CallControlDecision): boolean | { disabled: boolean } {
  if (decision.status === 'hidden' || hostValue === false) return false;
  if (decision.status === 'disabled') return { disabled: true };
  return hostValue ?? true;
}

/** The sentence that explains a disabled control. */
export function restrictionText(
  decision: CallControlDecision,
  strings: RoomsKitStrings,
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string,
): string {
  const s = strings.roomCall;
  const control = s.controlNames[decision.control];
  const reason = decision.reason;
  if (reason?.kind === 'role') return format(s.roleDenied[decision.control], { roles: s.rolePlural[reason.role] });
  if (reason?.kind === 'call') return format(s.callDenied, { control });
  return format(s.unknownDenied, { control });
}

function listText(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * State of {@link RoomCallComposite}: reads the room and roster, follows the window with the kit's clock, resolves the
 * local role (the call's, else the roster's, else `localRole`), decides every role-dependent control, notices role
 * changes during the call, and prepares communication-react's `CallComposite` with a role-aware view of the adapter.
 * No JSX and no styling, so hosts can render the same state their own way.
 *
 * @example
 * ```tsx
 * const state = useRoomCallComposite({ callAdapter, roomId, localUserId }, ref);
 * state.phase; // 'waiting' before validFrom
 * state.decisions.camera.status; // 'disabled' for a Consumer
 * ```
 */
export function useRoomCallComposite(props: RoomCallCompositeProps, ref: Ref<HTMLDivElement>): RoomCallCompositeState {
  const {
    callAdapter,
    room: givenRoom,
    roomsAdapter: ownAdapter,
    roomId: givenRoomId,
    localUserId,
    localRole,
    onRoleChanged,
    peoplePanelOpen,
    defaultPeoplePanelOpen = false,
    onPeoplePanelOpenChange,
    callCompositeProps,
    callNotices,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const { strings, format, now, locale, dir } = kit;
  const s = strings.roomCall;
  const roomsAdapter = ownAdapter ?? kit.adapter;
  const roomId = givenRoomId ?? givenRoom?.id;
  const data = useRoomData({ adapter: roomId ? roomsAdapter : undefined, roomId, room: givenRoom });
  const callState = useCallAdapterState(callAdapter);
  const call = callState.call;
  const inCall = call !== undefined;
  const window = useRoomWindow(data.room, now);

  // Once the local user has been in the call, the composite's own end pages (left, removed) speak for it.
  const [hasJoined, setHasJoined] = useState(inCall);
  if (inCall && !hasJoined) setHasJoined(true);

  const rosterRole = data.roster?.find((p) => p.id === localUserId)?.role;
  const fallbackRole = rosterRole ?? localRole;
  const role = resolveCallRole(call?.role, fallbackRole);
  const reported = call?.capabilitiesFeature?.capabilities;
  const decisions = useMemo(() => decideCallControls({ role: role.role, reported }), [role.role, reported]);

  // ---- Phase ---------------------------------------------------------------------------------------------------------
  const openRoom = data.room?.joinPolicy === 'communicationServiceUsers';
  const notInvited = data.roster !== undefined && rosterRole === undefined && !openRoom && !inCall && !hasJoined;
  let phase: RoomCallPhase;
  if (data.status === 'loading') phase = 'loading';
  else if (data.status === 'failed') phase = 'error';
  else if (notInvited) phase = 'notInvited';
  else if (!inCall && window.status === 'scheduled') phase = 'waiting';
  else if (!inCall && !hasJoined && (window.status === 'ended' || data.deleted)) phase = 'ended';
  else phase = 'call';

  const [announcement, setAnnouncement] = useState<string>();
  const previousPhase = useRef(phase);
  useEffect(() => {
    if (previousPhase.current === 'waiting' && phase === 'call') setAnnouncement(s.roomOpened);
    previousPhase.current = phase;
  }, [phase, s.roomOpened]);

  // ---- Role changes ------------------------------------------------------------------------------------------------
  const [notices, setNotices] = useState<RoomCallRoleNotice[]>([]);
  const noticeSeq = useRef(0);
  const previous = useRef<{ role: RoomRole | undefined; decisions: CallControlDecisions; inCall: boolean }>({
    role: role.role,
    decisions,
    inCall,
  });
  useEffect(() => {
    const before = previous.current;
    previous.current = { role: role.role, decisions, inCall };
    if (before.role !== role.role) onRoleChanged?.(role.role, before.role);
    // Only changes during the call are news; a role that first becomes known, or joining itself, is not.
    if (!inCall || !before.inCall || before.role === undefined || role.role === undefined) return;
    if (before.role === role.role && sameCallControls(before.decisions, decisions)) return;
    const change = diffCallControls(before.decisions, decisions);
    const names = (controls: readonly CallControl[]): string =>
      listText(
        locale,
        controls.map((c) => s.controlNames[c]),
      );
    const lines: string[] = [];
    const speaking = speakingChangeText(before.role, role.role, s.moderation, format);
    if (speaking) lines.push(speaking);
    if (change.gained.length) lines.push(format(s.gained, { list: names(change.gained) }));
    if (change.lost.length) lines.push(format(s.lost, { list: names(change.lost) }));
    if (!lines.length) lines.push(s.nothingChanged);
    const title =
      before.role !== role.role
        ? format(s.roleChangedTitle, { role: strings.participants.roles[role.role].inSentence })
        : s.capabilitiesChangedTitle;
    const notice: RoomCallRoleNotice = { id: ++noticeSeq.current, role: role.role, title, lines };
    // The newest notice replaces older ones about the same thing: only what holds now is worth reading.
    setNotices([notice]);
  }, [role.role, decisions, inCall, onRoleChanged, format, locale, s, strings.participants.roles]);
  const dismissNotice = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  // ---- Role bar ----------------------------------------------------------------------------------------------------
  const roleName = role.role ? strings.participants.roles[role.role].name : strings.participants.unknownRole;
  const restrictions: RoomCallRestriction[] = CALL_CONTROLS.filter((c) => decisions[c].status === 'disabled').map(
    (control) => ({ control, text: restrictionText(decisions[control], strings, format) }),
  );
  const canLines: RoomCallCapabilityLine[] = [];
  const cannotLines: RoomCallCapabilityLine[] = [];
  if (role.role) {
    const lines = roleTableLines(role.role);
    for (const { row, partly } of lines.can) {
      const text = strings.participants.canDo[row.key];
      canLines.push({ key: row.key, text: partly ? `${text} ${strings.participants.partly}` : text });
    }
    for (const row of lines.cannot) cannotLines.push({ key: row.key, text: strings.participants.canDo[row.key] });
  }

  const [capabilitiesOpen, setCapabilitiesOpen] = useState(false);
  const [devicesOpen, setDevicesOpen] = useState(false);
  const capabilitiesId = `${useId()}-capabilities`;

  // ---- Window texts ------------------------------------------------------------------------------------------------
  const scheduleText = data.room ? kit.formatDateTimeRange(data.room.validFrom, data.room.validUntil) : undefined;
  const subject = data.room?.subject;
  const callTitle = subject ? format(s.callTitle, { subject }) : undefined;
  const screenTitles = {
    waiting: subject ? format(s.waitingTitleNamed, { subject }) : s.waitingTitle,
    ended: subject ? format(s.endedTitleNamed, { subject }) : s.endedTitle,
    notInvited: subject ? format(s.notInvitedTitleNamed, { subject }) : s.notInvitedTitle,
  };
  let countdownText: string | undefined;
  if (phase === 'waiting') {
    const { days, hours, minutes, seconds } = splitCountdown(window.secondsToOpen);
    countdownText =
      days > 0 ? format(s.countdownDays, { days, hours, minutes }) : `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  }
  const endedDuringCallText =
    phase === 'call' && inCall && data.room && (window.status === 'ended' || data.deleted)
      ? format(s.endedDuringCall, { time: kit.formatDateTime(data.room.validUntil) })
      : undefined;

  // ---- People panel ------------------------------------------------------------------------------------------------
  const peoplePanel = usePeoplePanel({
    open: peoplePanelOpen,
    defaultOpen: defaultPeoplePanelOpen,
    onOpenChange: onPeoplePanelOpenChange,
    data,
    roomsAdapter: roomId ? roomsAdapter : undefined,
    roomId,
    callAdapter,
    callState,
    decisions,
    localUserId,
    localRole: role.role,
  });

  // ---- Moderation ----------------------------------------------------------------------------------------------------
  // Closing a room moves its end to now or just ahead (the service wants an end still to come): an end moved earlier
  // than it was when the call began is the room closing, even before the window has run out.
  const validUntil = data.room?.validUntil.getTime();
  const [callUntil, setCallUntil] = useState<number>();
  if (inCall && callUntil === undefined && validUntil !== undefined) setCallUntil(validUntil);
  const roomClosed =
    window.status === 'ended' ||
    data.deleted ||
    (callUntil !== undefined && validUntil !== undefined && validUntil < callUntil);

  // The backend authorises moderation by the roster's role, so that is what the panel offers by.
  const moderation = useCallModeration({
    roomsAdapter: roomId ? roomsAdapter : undefined,
    roomId,
    callAdapter,
    callState,
    moderatorRole: rosterRole ?? role.role,
    joined: peoplePanel.joined,
    data,
    decisions,
  });
  const spoken = useCallAnnouncements({
    callAdapter,
    localUserId,
    nameOf: (id) => data.people.get(id)?.displayName ?? peoplePanel.joined.find((p) => p.id === id)?.name,
    roomClosed,
    endedByMe: moderation.endedByMe,
    notices: callNotices ?? noticesOf(callAdapter),
  });

  // ---- communication-react -----------------------------------------------------------------------------------------
  const view = useMemo(() => createRoleAwareCallAdapter(callAdapter), [callAdapter]);
  // The view reads the fallback lazily; setting it during render keeps the composite's first read right, and the
  // effect below tells an already-subscribed composite about a change.
  view.setFallbackRole(fallbackRole);
  useEffect(() => view.publish(), [view, fallbackRole]);

  const hostOptions = callCompositeProps?.options;
  const { microphone, camera, screenShare, raiseHand, removeParticipant, muteOthers } = decisions;
  const [callWidth, callRef, callElement] = useElementWidth();
  useNamedDialogs(callElement, s.pictureInPicture);
  const controlId = useId();
  const formFactor =
    callCompositeProps?.formFactor ?? (callWidth !== undefined && callWidth < MOBILE_BELOW ? 'mobile' : 'desktop');
  const callAdapterView = view.adapter;

  const options = useMemo((): CallCompositeOptions => {
    // Read when communication-react draws its control bar (it does on every change of the call's state), so a mute
    // or a camera turned on makes no new options: each new set renders the whole composite again, and
    // communication-react opens a new AudioContext on every render of it.
    const liveDevices = () => {
      const now = callAdapterView.getState().call;
      return { muted: now?.isMuted ?? true, cameraOn: (now?.localVideoStreams.length ?? 0) > 0 };
    };
    const base: CallCompositeOptions = {
      // The floating local tile lives in an aria-hidden layer that holds focusable parts; in the grid it is a tile
      // like any other, reached in the page's order.
      localVideoTile: { position: 'grid' },
      ...hostOptions,
    };
    const hostControls = base.callControls;
    if (hostControls !== false) {
      const controls: CallControlOptions = typeof hostControls === 'object' ? { ...hostControls } : {};
      const mic = restrictButton(controls.microphoneButton, microphone);
      const cam = restrictButton(controls.cameraButton, camera);
      controls.screenShareButton = restrictButton(controls.screenShareButton, screenShare);
      controls.raiseHandButton = restrictButton(controls.raiseHandButton, raiseHand);
      // Where the call is too narrow for every label, icon-only buttons keep the control bar on one line.
      if (controls.displayType === undefined && callWidth !== undefined && callWidth < LABELS_FROM) {
        controls.displayType = 'compact';
      }
      if (formFactor === 'mobile') {
        // The phone layout has plain microphone and camera buttons and chooses devices in its own drawer.
        controls.microphoneButton = mic;
        controls.cameraButton = cam;
      } else {
        // communication-react's desktop microphone and camera are split buttons: a button holding another button,
        // which no assistive technology can tell apart. The kit puts plain ones in their place.
        controls.microphoneButton = false;
        controls.cameraButton = false;
        const own: CustomCallControlButtonCallback[] = [];
        if (mic !== false) {
          own.push(() => {
            const { muted } = liveDevices();
            const label = muted ? s.unmuteMicrophone : s.muteMicrophone;
            return {
              placement: 'primary',
              id: `${controlId}-microphone-button`,
              iconName:
                microphone.status === 'disabled'
                  ? 'ControlButtonMicProhibited'
                  : muted
                    ? 'ControlButtonMicOff'
                    : 'ControlButtonMicOn',
              disabled: mic !== true && mic.disabled,
              strings: { label, ariaLabel: label },
              onItemClick: () => void (liveDevices().muted ? callAdapterView.unmute() : callAdapterView.mute()),
            };
          });
        }
        if (cam !== false) {
          own.push(() => {
            const { cameraOn } = liveDevices();
            const label = cameraOn ? s.turnCameraOff : s.turnCameraOn;
            return {
              placement: 'primary',
              id: `${controlId}-camera-button`,
              iconName:
                camera.status === 'disabled'
                  ? 'ControlButtonCameraProhibited'
                  : cameraOn
                    ? 'ControlButtonCameraOn'
                    : 'ControlButtonCameraOff',
              disabled: cam !== true && cam.disabled,
              strings: { label, ariaLabel: label },
              onItemClick: () =>
                void (liveDevices().cameraOn ? callAdapterView.stopCamera() : callAdapterView.startCamera()),
            };
          });
        }
        if (controls.devicesButton !== false) {
          // The split buttons chose devices in the call; the kit's Devices dialog does now.
          own.push(() => ({
            placement: 'primary',
            id: `${controlId}-devices-button`,
            iconName: 'ControlButtonOptions',
            disabled: typeof controls.devicesButton === 'object' && controls.devicesButton.disabled,
            strings: { label: s.devices.button, ariaLabel: s.devices.button },
            onItemClick: () => setDevicesOpen(true),
          }));
        }
        controls.onFetchCustomButtonProps = [...own, ...(controls.onFetchCustomButtonProps ?? [])];
      }
      base.callControls = controls;
    }
    return base;
  }, [hostOptions, microphone, camera, screenShare, raiseHand, callWidth, formFactor, callAdapterView, s, controlId]);

  const hostMenuItems = callCompositeProps?.onFetchParticipantMenuItems;
  const onFetchParticipantMenuItems = useCallback<ParticipantMenuItemsCallback>(
    (participantId, userId, defaultItems) => {
      // communication-react offers removal by role name alone; the kit withholds it wherever its verdict says no.
      const withheld = new Set<string>();
      if (removeParticipant.status !== 'enabled') withheld.add('remove');
      if (muteOthers.status !== 'enabled') withheld.add('mute');
      const items = (defaultItems ?? []).filter((item) => !withheld.has(item.key));
      return hostMenuItems ? hostMenuItems(participantId, userId, items) : items;
    },
    [removeParticipant.status, muteOthers.status, hostMenuItems],
  );

  // communication-react's stage holds no tile of its own for a Consumer (or while the role is unknown), and none for
  // a Consumer among the others: a listener whom only listeners have joined would look at an empty box.
  const ownTile = role.role !== undefined && role.role !== 'Consumer';
  const someoneOnStage = Object.values(call?.remoteParticipants ?? {}).some((p) => p.role !== 'Consumer');
  const stageEmpty = inCall && !ownTile && !someoneOnStage;
  // Alone on a stage with only listeners, communication-react would say it waits for others to join: they are here.
  const listeners = Object.values(call?.remoteParticipants ?? {}).filter((p) => p.role === 'Consumer').length;
  // Isolated (U+2068 … U+2069): communication-react's label has no direction of its own, and a sentence in the
  // other direction from the page's (English on a right-to-left page) would have its number and full stop moved.
  const waitingText =
    inCall && ownTile && !someoneOnStage && listeners > 0
      ? `\u2068${format(s.onlyListeners, { count: listeners })}\u2069`
      : undefined;

  const hostTheme = useCallTheme();
  const hostLocale = callCompositeProps?.locale;
  const localName = data.people.get(localUserId)?.displayName ?? callState.displayName;
  const german = locale.toLowerCase().startsWith('de');
  const compositeLocale = useMemo((): CompositeLocale => {
    const base = hostLocale ?? (german ? COMPOSITE_LOCALE_DE_DE : COMPOSITE_LOCALE_EN_US);
    const call = base.strings.call;
    const region = call.captionsAndRealTimeTextContainerTitle;
    const component = base.component;
    return {
      ...base,
      component:
        waitingText === undefined
          ? component
          : {
              ...component,
              strings: {
                ...component.strings,
                videoGallery: { ...component.strings.videoGallery, waitingScreenText: waitingText },
              },
            },
      strings: {
        ...base.strings,
        call: {
          ...call,
          // The configuration page draws this title as an SVG that misuses ARIA; the kit's role bar heads the page.
          configurationPageTitle: '',
          // A page may hold more than one call (a presenter watching a participant's view): each captions region is
          // named after whose call it is.
          captionsAndRealTimeTextContainerTitle:
            localName && region ? format(s.callRegionName, { region, name: localName }) : region,
        },
      },
    };
  }, [hostLocale, german, localName, format, s.callRegionName, waitingText]);
  const closeDevices = useCallback(() => setDevicesOpen(false), []);
  const devicesButton = useCallback(
    () => callElement?.ownerDocument.getElementById(`${controlId}-devices-button`) ?? null,
    [callElement, controlId],
  );
  const onFetchAvatarPersonaData = useCallAvatars(view.adapter, callCompositeProps?.onFetchAvatarPersonaData);
  const callComposite: CallCompositeProps = {
    ...callCompositeProps,
    onFetchAvatarPersonaData,
    fluentTheme: callCompositeProps?.fluentTheme ?? hostTheme,
    formFactor,
    adapter: view.adapter,
    options,
    onFetchParticipantMenuItems,
    locale: compositeLocale,
    rtl: callCompositeProps?.rtl ?? dir === 'rtl',
  };

  return {
    strings,
    format,
    root: { ...rest, ref },
    className,
    phase,
    room: data.room,
    roster: data.roster,
    people: data.people,
    loadError: data.error,
    loadErrorText: data.error ? strings.errors[data.error.code] : undefined,
    retry: data.retry,
    scheduleText,
    callTitle,
    screenTitles,
    countdownText,
    secondsToOpen: window.secondsToOpen,
    endedDuringCallText,
    announcement,
    role,
    roleName,
    roleLabel: format(s.yourRole, { role: roleName }),
    decisions,
    restrictions,
    canLines,
    cannotLines,
    capabilitiesOpen,
    setCapabilitiesOpen,
    capabilitiesId,
    notices,
    dismissNotice,
    peoplePanel,
    moderation,
    announcements: spoken.announcements,
    latestAnnouncement: spoken.latest,
    moderationEnd: phase === 'call' ? spoken.end : undefined,
    callComposite,
    callRef,
    stageEmpty,
    devices: {
      open: devicesOpen,
      close: closeDevices,
      adapter: callAdapterView,
      state: callState.devices,
      cameraAllowed: camera.status === 'enabled',
      button: devicesButton,
    },
  };
}
