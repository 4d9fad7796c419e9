/**
 * acs-rooms-kit/call: the role-aware room call. The only entry that loads `@azure/communication-react`.
 */
export * from './composites/RoomCallComposite';
export {
  CALL_CONTROL_RULES,
  CALL_CONTROLS,
  decideCallControl,
  decideCallControls,
  diffCallControls,
  isDecisiveReport,
  resolveCallRole,
  sameCallControls,
  type CallControl,
  type CallControlChange,
  type CallControlDecision,
  type CallControlDecisions,
  type CallControlInput,
  type CallControlReason,
  type CallControlRule,
  type CallControlSource,
  type CallControlStatus,
  type ReportedCapabilities,
  type ReportedCapability,
  type ResolvedCallRole,
} from './core/callControls';
export { roleCan, roleCapabilities, RoomCapability, type RoomRole } from './core/roles';
