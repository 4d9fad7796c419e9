/**
 * A view of the host's `CallAdapter` in which the call's role and capabilities are what the kit decided, so
 * communication-react's own buttons, menus and tiles follow the same rules as the kit's role bar and people panel.
 */
import type { ParticipantCapabilities, ParticipantRole } from '@azure/communication-calling';
import type { CallAdapter, CallAdapterState, CallState } from '@azure/communication-react';
import {
  CALL_CONTROL_RULES,
  CALL_CONTROLS,
  decideCallControls,
  isDecisiveReport,
  resolveCallRole,
  type CallControl,
  type CallControlDecisions,
} from '../../core/callControls';
import type { RoomRole } from '../../core/roles';
import { simulatedCapabilities } from '../simulatedCall/capabilities';

/** A {@link createRoleAwareCallAdapter} view and the switch that feeds it the role the call may not report. */
export interface RoleAwareCallAdapter {
  /** The adapter to give `CallComposite`: every call is passed on to the host's adapter; only its state differs. */
  readonly adapter: CallAdapter;
  /** Sets the role to use while the call reports none (`Unknown`); takes effect on the next `getState`. */
  setFallbackRole(role: RoomRole | undefined): void;
  /** Tells the composite about a change of the fallback role, when it changed what it sees. */
  publish(): void;
}

// The least-privileged room role: shown to the composite while no role is known, so nothing that needs a role appears.
const LEAST_PRIVILEGED: ParticipantRole = 'Consumer';

/**
 * The capabilities the composite should see: what the call reports where it decides, else the role matrix's verdict
 * in the SDK's shape. Every capability name is present, because communication-react reads several without checking.
 */
export function effectiveCapabilities(
  role: RoomRole | undefined,
  reported: ParticipantCapabilities | undefined,
): ParticipantCapabilities {
  const base: ParticipantCapabilities = {
    ...simulatedCapabilities(role ?? 'Unknown', { removeParticipantNotApplicable: false }),
    ...reported,
  };
  const decisions = decideCallControls({ role, reported });
  for (const control of CALL_CONTROLS) {
    const name = CALL_CONTROL_RULES[control].reportedAs as keyof ParticipantCapabilities | undefined;
    if (name === undefined || isDecisiveReport(reported?.[name])) continue;
    const enabled = decisions[control].status === 'enabled';
    base[name] = { isPresent: enabled, reason: enabled ? 'Capable' : 'RoleRestricted' };
  }
  return base;
}

type CapabilitiesFeature = NonNullable<CallState['capabilitiesFeature']>;

const NO_CHANGE: CapabilitiesFeature['latestCapabilitiesChangeInfo'] = {
  oldValue: {},
  newValue: {},
  reason: 'RoleChanged',
};

/**
 * The role communication-react should be told. It decides some controls by role name alone (screen share is off for
 * Attendees and Consumers, removal is only for Presenters, an `Unknown` role in a room may remove and mute others but
 * not use the camera), so the kit names the role whose name-based rules give exactly the kit's verdicts. For the four
 * room roles with the matrix's verdicts that is the role itself; it differs only when the call grants or refuses
 * something against the matrix, and for a role that is not known yet (the least-privileged room role).
 */
export function compositeRole(decisions: CallControlDecisions): ParticipantRole {
  const on = (control: CallControl): boolean => decisions[control].status === 'enabled';
  if (on('removeParticipant')) return 'Presenter';
  if (on('screenShare')) return 'Collaborator';
  if (on('microphone') || on('camera')) return 'Attendee';
  return LEAST_PRIVILEGED;
}

/** The call as the composite should see it. */
export function roleAwareCallState(
  call: CallState,
  fallbackRole: RoomRole | undefined,
  feature: (role: RoomRole | undefined) => CapabilitiesFeature = (role) => ({
    capabilities: effectiveCapabilities(role, call.capabilitiesFeature?.capabilities),
    latestCapabilitiesChangeInfo: NO_CHANGE,
  }),
): CallState {
  const resolved = resolveCallRole(call.role, fallbackRole);
  const decisions = decideCallControls({ role: resolved.role, reported: call.capabilitiesFeature?.capabilities });
  return { ...call, role: compositeRole(decisions), capabilitiesFeature: feature(resolved.role) };
}

/**
 * Wraps a `CallAdapter` so that its state shows the role and capabilities the kit decided: the call's role when it
 * reports one, else the fallback (the roster's or the host's), else the least-privileged role; the call's capability
 * reports where they decide, else the role matrix. Everything else (operations, events, devices) goes to the host's
 * adapter unchanged.
 *
 * @example
 * ```ts
 * const view = createRoleAwareCallAdapter(callAdapter);
 * view.setFallbackRole('Attendee');
 * <CallComposite adapter={view.adapter} />;
 * ```
 */
export function createRoleAwareCallAdapter(inner: CallAdapter): RoleAwareCallAdapter {
  let fallback: RoomRole | undefined;
  let cache: { input: CallAdapterState; fallback: RoomRole | undefined; output: CallAdapterState } | undefined;
  let published: CallAdapterState | undefined;
  const handlers = new Map<(state: CallAdapterState) => void, (state: CallAdapterState) => void>();

  // Every level is cached by identity: communication-react runs effects on changes of these objects, and an effect
  // that changes adapter state (asking for devices) would otherwise loop through a fresh copy each time.
  let callCache: { input: CallState; fallback: RoomRole | undefined; output: CallState } | undefined;
  let featureCache:
    { input: CallState['capabilitiesFeature']; role: RoomRole | undefined; output: CapabilitiesFeature } | undefined;
  const feature = (input: CallState['capabilitiesFeature'], role: RoomRole | undefined): CapabilitiesFeature => {
    if (featureCache && featureCache.input === input && featureCache.role === role) return featureCache.output;
    const output: CapabilitiesFeature = {
      capabilities: effectiveCapabilities(role, input?.capabilities),
      // communication-react announces only a few changes (screen sharing between Presenter and Attendee, nothing for
      // Collaborators) in a bar whose dismiss button has no name; the kit's own notice covers every change instead.
      latestCapabilitiesChangeInfo: NO_CHANGE,
    };
    featureCache = { input, role, output };
    return output;
  };
  const viewCall = (call: CallState): CallState => {
    if (callCache && callCache.input === call && callCache.fallback === fallback) return callCache.output;
    const output = roleAwareCallState(call, fallback, (role) => feature(call.capabilitiesFeature, role));
    callCache = { input: call, fallback, output };
    return output;
  };
  const view = (state: CallAdapterState): CallAdapterState => {
    if (cache && cache.input === state && cache.fallback === fallback) return cache.output;
    const output = state.call ? { ...state, call: viewCall(state.call) } : state;
    cache = { input: state, fallback, output };
    return output;
  };

  const overrides: Partial<CallAdapter> = {
    getState: () => view(inner.getState()),
    onStateChange(handler) {
      const wrapped = (state: CallAdapterState): void => {
        published = view(state);
        handler(published);
      };
      handlers.set(handler, wrapped);
      inner.onStateChange(wrapped);
    },
    offStateChange(handler) {
      const wrapped = handlers.get(handler);
      if (!wrapped) return;
      handlers.delete(handler);
      inner.offStateChange(wrapped);
    },
  };

  const adapter = new Proxy(inner, {
    get(target, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof CallAdapter];
      const value: unknown = Reflect.get(target, key, target);
      // Bound to the host's adapter, so classes with private fields keep working behind the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return {
    adapter,
    setFallbackRole(role) {
      fallback = role;
    },
    publish() {
      const state = view(inner.getState());
      if (state === published) return;
      published = state;
      for (const handler of [...handlers.keys()]) handler(state);
    },
  };
}
