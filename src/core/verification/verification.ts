import type { Account, RequestOptions } from '../types';
import { toUnbindPhoneError, type UnbindPhoneError } from '../UnbindPhoneError';
import { initialVerification, monotonicNow } from './basics';

export { initialVerification, monotonicNow };

/**
 * Where a code operation stands. `sending` and `confirming` are cancellable (nothing has left, or
 * the client cannot say); `dispatched` is a confirm that has left and is waited for, never cancelled.
 */
export type VerificationPhase =
  | 'idle'
  | 'sending'
  | 'code-sent'
  | 'maybe-sent'
  | 'confirming'
  | 'dispatched'
  | 'done'
  | 'failed';

export interface VerificationState<T = unknown> {
  readonly phase: VerificationPhase;
  /** Where this session's last code went (a target's key), or `null`. */
  readonly sentTo: string | null;
  /** The target (its key) of the last send, sent or not: the wait shown is its wait. */
  readonly target: string | null;
  /** The last send failed in a way that leaves open whether the code went out; the wait runs. */
  readonly maybeSent: boolean;
  /** The failure shown, until the next attempt. */
  readonly error: UnbindPhoneError | null;
  /** The target the operation was done for, once `done`. */
  readonly doneFor: T | null;
}

export type VerificationEvent =
  | { readonly type: 'send'; readonly to: string }
  | { readonly type: 'aim'; readonly to: string }
  | { readonly type: 'sent'; readonly to: string; readonly maybe: boolean }
  | { readonly type: 'confirm' }
  | { readonly type: 'dispatch' }
  | { readonly type: 'done'; readonly target: unknown }
  | { readonly type: 'fail'; readonly error: UnbindPhoneError }
  | { readonly type: 'reset' };

/** The resting phase once nothing is in flight: what the last code did. */
const rest = (state: VerificationState): VerificationPhase =>
  state.sentTo ? (state.maybeSent ? 'maybe-sent' : 'code-sent') : 'idle';

/** Every change of a code operation, and nothing else: one pure function. */
export function reduceVerification<T>(state: VerificationState<T>, event: VerificationEvent): VerificationState<T> {
  switch (event.type) {
    case 'send':
      return { ...state, phase: 'sending', target: event.to, error: null };
    case 'aim':
      // A send refused by its wait: nothing leaves, and the wait is what shows.
      return { ...state, target: event.to };
    case 'sent':
      return { ...state, phase: event.maybe ? 'maybe-sent' : 'code-sent', sentTo: event.to, maybeSent: event.maybe };
    case 'confirm':
      return { ...state, phase: 'confirming', error: null };
    case 'dispatch':
      return { ...state, phase: 'dispatched' };
    case 'done':
      return { ...state, phase: 'done', error: null, doneFor: event.target as T };
    case 'fail':
      // A cancelled attempt shows nothing: the step is as it was before it.
      return event.error.kind === 'aborted'
        ? { ...state, phase: rest(state) }
        : { ...state, phase: 'failed', error: event.error };
    case 'reset':
      return initialVerification;
  }
}

/** `true` while an attempt is out: one attempt at a time. */
export const isBusy = ({ phase }: VerificationState) =>
  phase === 'sending' || phase === 'confirming' || phase === 'dispatched';

/** What one code operation does: where codes go, how it is confirmed, how the account shows it done. */
export interface VerificationSpec<T, I> {
  /** Names the wait between two codes, with the target: one wait per channel and target. */
  readonly channel: string;
  /** Seconds between two codes on this channel, unless the server asks for more. */
  readonly resendSeconds: number;
  /** A target as one string (the wait's and the state's key). */
  key(target: T): string;
  send(target: T, options: RequestOptions): Promise<void>;
  confirm(target: T, input: I, options: RequestOptions): Promise<void>;
  /** A fresh read of the account: asked after a doubtful answer. */
  readAccount(): Promise<Account>;
  /** Whether `account` shows the operation done for `target`. */
  isDone(account: Account, target: T): boolean;
  /** The client calls `onDispatch` as a request leaves; without it, a request counts as left at once. */
  readonly reportsDispatch?: boolean | undefined;
}

/** Where waits are kept (the page's QueryClient, in the React hook): they outlive every session. */
export interface WaitBook {
  get(key: string): number | null | undefined;
  set(key: string, until: number): unknown;
}

export interface VerificationHooks<T> {
  /** Called once the operation is done, also after the session ended: the host learns of it. */
  readonly onDone?: ((target: T) => void) | undefined;
  /** Called on every failure but a cancel, also after the session ended. */
  readonly onError?: ((error: UnbindPhoneError) => void) | undefined;
}

/** The wait's key: one per channel and target. */
export const waitKey = (channel: string, target: string) => `${channel}:${target}`;

// After these, a confirm that had left may have done its work: what it did is read back, not
// guessed. A send is doubtful after a timeout only: a dropped connection is told as it is.
const doubtful = ['timeout', 'network'];

export interface Verification<T, I> {
  getState(): VerificationState<T>;
  /** Calls `listener` on every change of this session's state (one listener: the React hook); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** When the next code to `target` may be sent (`monotonicNow()` ms), or `null`. */
  waitUntil(target: T): number | null;
  /** Sends a code; resolves `false` without a request while an attempt is out, the wait runs or the session ended. */
  send(target: T): Promise<boolean>;
  /** Confirms with the code; resolves `false` without a request while an attempt is out or the session ended. */
  confirm(target: T, input: I): Promise<boolean>;
  /** Cancels what has not left and forgets errors and success (waits stay). */
  reset(): void;
  /**
   * Ends the session: what has not left is cancelled, and no later answer changes its state.
   * A request that has left is waited for: its wait and `onDone` still happen.
   */
  end(): void;
  /** Starts (again) a session that was ended before anything was sent (React's strict effects). */
  start(): void;
}

/**
 * One session of a code operation: one person, one open of a dialog, one client. The rules are
 * here once, for every flow: one attempt at a time; cancellable until the request leaves, never
 * after; a doubtful answer settled by reading the account; the wait per channel and target on the
 * monotonic clock; nothing of an ended session shown; every error an `UnbindPhoneError`.
 */
export function createVerification<T, I>(
  spec: VerificationSpec<T, I>,
  waits: WaitBook,
  hooks: VerificationHooks<T> = {},
): Verification<T, I> {
  let state: VerificationState<T> = initialVerification;
  let live = true;
  let listener: (() => void) | undefined;
  const cancellable = new Set<AbortController>();
  const dispatch = (event: VerificationEvent) => {
    if (live) {
      state = reduceVerification(state, event);
      listener?.();
    }
  };
  // One attempt at a time, and none after the operation is done (until `reset`): a second click
  // that lands after a fast answer does not do it again.
  const closed = () => !live || isBusy(state) || state.phase === 'done';
  const keyOf = (target: T) => waitKey(spec.channel, spec.key(target));
  const waitUntil = (target: T) => {
    const until = waits.get(keyOf(target));
    return until && until > monotonicNow() ? until : null;
  };
  const cancel = () => {
    for (const controller of cancellable) controller.abort();
    cancellable.clear();
  };

  /**
   * Runs one request: cancellable until it leaves (`onLeft`), never after. Resolves with its
   * failure, and whether that failure is doubtful (it came after the request left), or `null`.
   */
  const run = async (request: (options: RequestOptions) => Promise<void>, onLeft?: () => void) => {
    const controller = new AbortController();
    cancellable.add(controller);
    let left = false;
    const onDispatch = () => {
      if (!left) onLeft?.();
      left = true;
      cancellable.delete(controller);
    };
    if (!spec.reportsDispatch) onDispatch();
    try {
      await request({ signal: controller.signal, onDispatch });
      return null;
    } catch (thrown) {
      const error = toUnbindPhoneError(thrown);
      return { error, doubt: left && doubtful.includes(error.kind) };
    } finally {
      cancellable.delete(controller);
    }
  };
  /** Whether the account, read again now, shows the operation done (`null`: it could not be read). */
  const doneNow = (target: T) =>
    spec.readAccount().then(
      (account) => spec.isDone(account, target),
      () => null,
    );

  return {
    getState: () => state,
    subscribe(next) {
      listener = next;
      return () => {
        listener = undefined;
      };
    },
    waitUntil,
    async send(target) {
      const to = spec.key(target);
      if (closed()) return false;
      if (waitUntil(target)) {
        dispatch({ type: 'aim', to });
        return false;
      }
      dispatch({ type: 'send', to });
      const failed = await run((options) => spec.send(target, options));
      const error = failed?.error;
      // The server decides: "too often" restarts the wait with what it asks for. No answer in
      // time: the code may be on its way. If the server answers now and the operation is still
      // to do, the wait runs and the field is ready ("maybe sent"); if not, the failure stands.
      const maybe = !!failed?.doubt && error?.kind === 'timeout' && (await doneNow(target)) === false;
      const wait = (seconds = spec.resendSeconds) => waits.set(keyOf(target), monotonicNow() + seconds * 1000);
      if (error && !maybe) {
        if (error.kind === 'rate-limited') wait(error.retryAfterSeconds);
        return fail(error);
      }
      wait();
      dispatch({ type: 'sent', to, maybe });
      return true;
    },
    async confirm(target, input) {
      if (closed()) return false;
      dispatch({ type: 'confirm' });
      const failed = await run(
        (options) => spec.confirm(target, input, options),
        () => dispatch({ type: 'dispatch' }),
      );
      // It may have been done: ask the server before the person is told anything.
      if (failed && !(failed.doubt && (await doneNow(target)))) return fail(failed.error);
      dispatch({ type: 'done', target });
      hooks.onDone?.(target);
      return true;
    },
    reset() {
      cancel();
      dispatch({ type: 'reset' });
    },
    end() {
      cancel();
      live = false;
    },
    start() {
      live = true;
    },
  };

  function fail(error: UnbindPhoneError) {
    if (error.kind !== 'aborted') hooks.onError?.(error);
    dispatch({ type: 'fail', error });
    return false;
  }
}
