/**
 * Fault injection for the in-memory backend: latency, random and scripted failures, and an offline switch, so stories
 * and tests can show what the UI does with a slow or failing backend.
 */
import { RoomsError, type RoomsErrorCode } from '../../core/errors';
import type { RoomsAdapter } from '../types';
import type { RandomSource } from '../../core/random';

/**
 * The name of one asynchronous {@link RoomsAdapter} operation (`createRoom`, `listParticipants`, …), as used by the
 * fault controller and the call log.
 */
export type RoomsAdapterOperationName = {
  // Derived from the contract so a new adapter method is covered without touching this file.
  [K in keyof RoomsAdapter]-?: NonNullable<RoomsAdapter[K]> extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof RoomsAdapter];

/** A simulated delay per call in milliseconds: a fixed value, or a range drawn from uniformly per call. */
export type LatencyMs = number | { min: number; max: number };

/** Which calls a scripted failure hits. */
export interface FailNextOptions {
  /** Fail only calls of this operation; other operations pass. @default every operation */
  operation?: RoomsAdapterOperationName;
  /** How many matching calls fail. @default 1 */
  times?: number;
}

/** Switches that make the in-memory backend slow or failing at run time, for stories and tests. */
export interface RoomsFaultController {
  /**
   * Makes the next matching call(s) reject with this error (an error given by code gets a realistic message). A
   * failed call applies nothing. Several scripted failures are used in the order they were added.
   */
  failNext(error: RoomsError | RoomsErrorCode, options?: FailNextOptions): void;
  /** Sets the delay of every following call. */
  setLatency(latency: LatencyMs): void;
  /** Sets the share of calls (0..1) that fail with `unavailable`. */
  setFailureRate(rate: number): void;
  /** While offline, every call rejects with `network` (scripted failures wait until the backend is back online). */
  setOffline(offline: boolean): void;
  /** Removes every fault: no latency, no failure rate, online, no scripted failures. */
  clear(): void;
  /** Whether the backend is simulating being offline. */
  readonly offline: boolean;
  /** How many scripted failures are still to happen. */
  readonly pendingFailures: number;
}

// Messages a person can read in a story, close to what the HTTP adapter shows for the same code.
const MESSAGES: Readonly<Record<RoomsErrorCode, string>> = {
  validation: 'The request could not be understood by the server due to malformed syntax.',
  notFound: 'Invalid room ID.',
  forbidden: 'You are not allowed to do this.',
  conflict: 'Someone else changed this room at the same time.',
  network: 'The service could not be reached.',
  unavailable: 'The service is busy. Try again in a moment.',
  aborted: 'The request was cancelled.',
  unknown: 'Something went wrong.',
};

/** Builds the `aborted` error a cancelled call rejects with. */
export function abortedError(signal?: AbortSignal): RoomsError {
  return new RoomsError('aborted', MESSAGES.aborted, signal?.reason === undefined ? {} : { cause: signal.reason });
}

/** Rejects a call whose signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal);
}

function normalizeLatency(latency: LatencyMs | undefined): { min: number; max: number } {
  const clean = (ms: number): number => (Number.isFinite(ms) && ms > 0 ? ms : 0);
  if (latency === undefined) return { min: 0, max: 0 };
  if (typeof latency === 'number') return { min: clean(latency), max: clean(latency) };
  const a = clean(latency.min);
  const b = clean(latency.max);
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

function normalizeRate(rate: number | undefined): number {
  if (rate === undefined || !Number.isFinite(rate)) return 0;
  return Math.min(1, Math.max(0, rate));
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

interface ScriptedFailure {
  error: RoomsError | RoomsErrorCode;
  operation: RoomsAdapterOperationName | undefined;
  remaining: number;
}

/** Options the fault injector starts with. */
export interface FaultInjectorOptions {
  /** Initial delay per call. @default 0 */
  latencyMs?: LatencyMs;
  /** Initial share of calls failing with `unavailable`. @default 0 */
  failureRate?: number;
  /** Source for latency ranges and the failure rate. */
  random: RandomSource;
}

/** The controller handed to users, and the hook the adapter runs before applying each call. */
export interface FaultInjector {
  /** The public controller. */
  controller: RoomsFaultController;
  /**
   * Waits the simulated latency, then throws the fault this call meets, if any. Rejects `aborted` when the signal
   * fires while waiting, so the caller applies nothing.
   */
  beforeCall(operation: RoomsAdapterOperationName, signal: AbortSignal | undefined): Promise<void>;
}

/** Creates the fault state of one in-memory adapter. */
export function createFaultInjector(options: FaultInjectorOptions): FaultInjector {
  let latency = normalizeLatency(options.latencyMs);
  let failureRate = normalizeRate(options.failureRate);
  let offline = false;
  let scripted: ScriptedFailure[] = [];
  const { random } = options;

  const controller: RoomsFaultController = {
    failNext(error, failOptions = {}) {
      const times = failOptions.times ?? 1;
      if (!Number.isFinite(times) || times < 1) return;
      scripted.push({ error, operation: failOptions.operation, remaining: Math.floor(times) });
    },
    setLatency(next) {
      latency = normalizeLatency(next);
    },
    setFailureRate(rate) {
      failureRate = normalizeRate(rate);
    },
    setOffline(next) {
      offline = next;
    },
    clear() {
      latency = normalizeLatency(0);
      failureRate = 0;
      offline = false;
      scripted = [];
    },
    get offline() {
      return offline;
    },
    get pendingFailures() {
      return scripted.reduce((sum, failure) => sum + failure.remaining, 0);
    },
  };

  function takeScripted(operation: RoomsAdapterOperationName): RoomsError | undefined {
    const index = scripted.findIndex((failure) => failure.operation === undefined || failure.operation === operation);
    const failure = scripted[index];
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) scripted.splice(index, 1);
    return typeof failure.error === 'string' ? new RoomsError(failure.error, MESSAGES[failure.error]) : failure.error;
  }

  return {
    controller,
    async beforeCall(operation, signal) {
      throwIfAborted(signal);
      const ms = latency.min === latency.max ? latency.min : latency.min + random() * (latency.max - latency.min);
      // No timer at all for zero latency, so tests without fake timers stay on the microtask queue.
      if (ms > 0) await delay(ms, signal);
      throwIfAborted(signal);
      if (offline) throw new RoomsError('network', MESSAGES.network);
      const failure = takeScripted(operation);
      if (failure) throw failure;
      if (failureRate > 0 && random() < failureRate) throw new RoomsError('unavailable', MESSAGES.unavailable);
    },
  };
}
