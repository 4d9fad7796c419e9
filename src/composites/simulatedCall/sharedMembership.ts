/**
 * One simulated call adapter's stay in a room's shared call: it joins through a {@link SharedCallConnection}, sends
 * the local user's actions with their stay id, and hands every change it hears to the adapter together with what the
 * change means for the local user (still in, removed, muted by someone else).
 *
 * While the local user's own actions are on their way, the adapter keeps what the user just did rather than an older
 * state heard in between; once every action has been answered, it takes the call's word for the local user again
 * (`onSettled`), so a refused action is rolled back and a change made by the service (a role) stays.
 */
import {
  memberByParticipantId,
  type SharedCallAction,
  type SharedCallDepartureReason,
  type SharedCallMember,
  type SharedCallMemberAction,
  type SharedCallNotice,
  type SharedCallServiceAction,
  type SharedCallState,
} from '../../core/sharedCall';
import type { RoomCallEvent } from '../../core/types';
import type { SharedCallConnection, SharedCallConnectionRefusal, SharedCallUpdate } from './sharedCallHub';

/** What a change heard means for the local user. */
export interface OwnView {
  /** Their stay, while they are in the call. */
  readonly member?: SharedCallMember;
  /** Why their stay ended, when this change ended it. */
  readonly departed?: { reason: SharedCallDepartureReason; by?: string };
  /** Who muted them, when this change did. */
  readonly mutedBy?: string;
  /** What this change tells the local user (muted, hand lowered, spotlit, removed, call ended, and by whom). */
  readonly notices: readonly SharedCallNotice[];
  /** Whether the adapter should take the call's word for the local user now (no own action is under way). */
  readonly settled: boolean;
}

/** What the adapter hears from its membership. */
export interface MembershipHandlers {
  /** A change of the call, while the local user is in it. */
  onUpdate(update: SharedCallUpdate, own: OwnView): void;
  /** Every own action has been answered: the call's state now, for the local user. */
  onSettled(state: SharedCallState): void;
  /** The call refused one of the local user's actions. */
  onRefused(action: SharedCallAction, refusal: SharedCallConnectionRefusal): void;
}

/** The local user's own actions, without the stay id the membership adds. */
export type OwnAction = SharedCallMemberAction extends infer A
  ? A extends { participantId: string }
    ? A extends { type: 'join' | 'leave' }
      ? never
      : Omit<A, 'participantId'>
    : never
  : never;

/** What a join says about the local user. */
export type JoinDetails = Omit<Extract<SharedCallMemberAction, { type: 'join' }>, 'type' | 'participantId'>;

let staySeq = 0;

function newStayId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `stay-${Date.now().toString(36)}-${(++staySeq).toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** One adapter's way into the shared call. */
export class SharedMembership {
  readonly connection: SharedCallConnection;
  readonly #handlers: MembershipHandlers;
  #participantId: string | undefined;
  #confirmed = false;
  #inFlight = 0;
  #unsubscribe: (() => void) | undefined;
  #removeEventListener: (() => void) | undefined;

  constructor(
    connection: SharedCallConnection,
    handlers: MembershipHandlers,
    onCallEvent?: (event: RoomCallEvent) => void,
  ) {
    this.connection = connection;
    this.#handlers = handlers;
    if (onCallEvent) this.#removeEventListener = connection.addCallEventListener?.(onCallEvent);
  }

  /** The local user's stay id while they are in the call (or joining). */
  get participantId(): string | undefined {
    return this.#participantId;
  }

  /** Whether the local user is in the call (or joining). */
  get joined(): boolean {
    return this.#participantId !== undefined;
  }

  /** The local user's stay in a state, if it is there. */
  own(state: SharedCallState | undefined): SharedCallMember | undefined {
    const id = this.#participantId;
    return id === undefined || !state ? undefined : memberByParticipantId(state, id);
  }

  /** Joins the call; what is in it already is heard at once (in-process) or once the service answers. */
  join(details: JoinDetails): void {
    if (this.#participantId !== undefined) return;
    const participantId = newStayId();
    this.#participantId = participantId;
    this.#confirmed = false;
    this.#unsubscribe = this.connection.subscribe((update) => this.#heard(update));
    void this.#send({ type: 'join', participantId, ...details });
  }

  /** Sends one of the local user's actions; resolves once the call has answered it. */
  async act(action: OwnAction): Promise<void> {
    const participantId = this.#participantId;
    if (participantId === undefined) return;
    await this.#send({ ...action, participantId } as SharedCallMemberAction);
  }

  /** Tells the call what the roster says, unless the service keeps the roster itself. */
  service(action: SharedCallServiceAction): void {
    if (this.connection.rolesFromService || this.#participantId === undefined) return;
    void this.#send(action);
  }

  /** Leaves the call; the leave is not heard back (the adapter has already ended its call). */
  leave(): void {
    const participantId = this.#participantId;
    if (participantId === undefined) return;
    this.#stop();
    void this.connection.send({ type: 'leave', participantId });
  }

  /** Leaves, and stops hearing call events. */
  dispose(): void {
    this.leave();
    this.#removeEventListener?.();
    this.#removeEventListener = undefined;
  }

  #stop(): void {
    this.#participantId = undefined;
    this.#confirmed = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  async #send(action: SharedCallAction): Promise<void> {
    this.#inFlight += 1;
    let result;
    try {
      result = await this.connection.send(action);
    } finally {
      this.#inFlight -= 1;
    }
    // The answer belongs to a stay that has ended since: nothing to roll back.
    if (this.#participantId === undefined) return;
    if (!result.ok && action.type === 'join') {
      this.#stop();
      this.#handlers.onRefused(action, result.refusal);
      return;
    }
    if (!result.ok) this.#handlers.onRefused(action, result.refusal);
    const state = this.connection.state;
    if (this.#inFlight === 0 && state && this.#participantId !== undefined) this.#handlers.onSettled(state);
  }

  #heard(update: SharedCallUpdate): void {
    const participantId = this.#participantId;
    if (participantId === undefined) return;
    const member = memberByParticipantId(update.state, participantId);
    if (member) this.#confirmed = true;
    let departed: OwnView['departed'];
    let mutedBy: string | undefined;
    const notices = update.notices.filter((notice) => notice.participantId === participantId);
    for (const notice of notices) {
      if (notice.type === 'departed') departed = { reason: notice.reason, ...(notice.by ? { by: notice.by } : {}) };
      else if (notice.type === 'mutedByOthers') mutedBy = notice.by;
    }
    // A stay that was in the call and is gone without a word (the service lost it) has ended too.
    if (!member && !departed && this.#confirmed) departed = { reason: 'left' };
    if (departed) this.#stop();
    this.#handlers.onUpdate(update, {
      ...(member && !departed ? { member } : {}),
      ...(departed ? { departed } : {}),
      ...(mutedBy !== undefined ? { mutedBy } : {}),
      notices,
      settled: this.#inFlight === 0,
    });
  }
}
