/**
 * What the RoomsAdapter contract suite needs from an implementation under test. The suite only talks to the
 * `RoomsAdapter` interface; the harness supplies identities the backend accepts and a way to read its clock.
 */
import type { RoomsAdapter } from '../../src/adapter/types';

export interface ContractHarness {
  /** The adapter under test, backed by an empty backend (no rooms), with a directory of people. */
  adapter: RoomsAdapter;
  /** The backend's current instant (a fixed or real clock). Windows in the tests are relative to it. */
  now(): Date;
  /**
   * Raw ids of communication users the backend accepts as participants (at least 12). The first 6 are in the
   * people directory with display names; the rest may not be.
   */
  userIds: string[];
  /**
   * Resolves once the adapter's subscriptions hear every change from then on (a pushed stream is open). Absent where
   * subscribing is immediate (the in-memory backend tells its listeners synchronously).
   */
  eventsOpen?(adapter: RoomsAdapter): Promise<void>;
  /**
   * Another adapter on the same backend: another tab, or another person's browser. Absent where the backend lives in
   * the adapter itself (in-memory), so "another tab" is the same adapter.
   */
  otherTab?(): RoomsAdapter;
  /** Largest page the backend returns when asked for a page size; used to force paging. */
  pageSizeLimit?: number;
  /** Releases servers, timers… */
  dispose?(): Promise<void> | void;
}

/** Makes a fresh harness per test. */
export type ContractHarnessFactory = () => Promise<ContractHarness>;
