import { UnbindPhoneError } from '../core/UnbindPhoneError';
import { initialVerification } from '../core/verification/basics';
import type {
  Verification,
  VerificationHooks,
  VerificationSpec,
  VerificationState,
  WaitBook,
} from '../core/verification/verification';
import { addEnglish } from '../i18n/messages';

// The machinery is needed once a person acts (Send code, Remove phone), never to show a closed
// dialog: it is a chunk of its own, fetched as the dialog opens (`loadVerification`, in parallel
// with the account read that opening needs anyway) or at the first action. Like a request, a
// failed fetch is not kept: the next call fetches anew. The English of its answers comes with it.
type Machinery = typeof import('./machinery');
let loaded: Machinery | undefined;
let loading: Promise<unknown> | undefined;
const onLoad = new Set<() => void>();

/** Fetches the machinery's chunk (once, unless it failed); settles, never rejects. */
export function loadVerification(): Promise<unknown> {
  loading ??= import('./machinery').then(
    (machinery) => {
      addEnglish(machinery.enUSAnswerMessages);
      loaded = machinery;
      for (const notify of onLoad) notify();
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/**
 * `createVerification` with the same rules, whether or not its chunk is here yet: at once if it
 * is; else a stand-in that shows the idle state, becomes the machinery when the chunk arrives (and
 * tells its listener), and makes an action wait for the chunk. While an action waits, the stand-in
 * already shows it under way ("Sending…", "Removing…"): on a slow line the press is answered at
 * once, and Close still cancels it (nothing has left). An action whose chunk cannot be fetched
 * fails as a request that could not reach the server would.
 */
export function deferVerification<T, I>(
  spec: VerificationSpec<T, I>,
  waits: WaitBook,
  hooks?: VerificationHooks<T>,
): Verification<T, I> {
  if (loaded) return loaded.createVerification(spec, waits, hooks);
  let real: Verification<T, I> | undefined;
  let failed: VerificationState<T> | undefined;
  // The first action waiting for the chunk, shown as under way.
  let waiting: VerificationState<T> | undefined;
  let live = true;
  let listener: (() => void) | undefined;
  const notify = () => listener?.();
  const get = () => {
    if (!real && loaded) {
      real = loaded.createVerification(spec, waits, hooks);
      real.subscribe(notify);
      if (!live) real.end();
    }
    return real;
  };
  const act = async (
    phase: 'sending' | 'confirming',
    action: (verification: Verification<T, I>) => Promise<boolean>,
  ) => {
    if (!loaded) {
      waiting ??= { ...initialVerification, phase };
      notify();
    }
    await loadVerification();
    waiting = undefined;
    const verification = get();
    if (verification) {
      // The machinery takes over: it shows the action under way itself, or refuses it.
      const done = action(verification);
      notify();
      return done;
    }
    if (live) {
      failed = { ...initialVerification, phase: 'failed', error: new UnbindPhoneError('network') };
      notify();
    }
    return false;
  };
  return {
    getState: () => waiting ?? get()?.getState() ?? failed ?? initialVerification,
    subscribe(next) {
      listener = next;
      onLoad.add(notify);
      return () => {
        listener = undefined;
        onLoad.delete(notify);
      };
    },
    waitUntil: (target) => get()?.waitUntil(target) ?? null,
    send: (target) => act('sending', (verification) => verification.send(target)),
    confirm: (target, input) => act('confirming', (verification) => verification.confirm(target, input)),
    reset() {
      failed = undefined;
      get()?.reset();
      notify();
    },
    end() {
      live = false;
      waiting = undefined;
      real?.end();
    },
    start() {
      live = true;
      real?.start();
    },
  };
}
