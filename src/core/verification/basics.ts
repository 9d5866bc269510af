import type { VerificationState } from './verification';

// What the page needs of the machinery before its chunk is here (the machinery re-exports both).

/**
 * Milliseconds on the page's monotonic clock, in the range of `Date.now()`: moving the system
 * clock does not move it, so a wait measured on it is the wait the server asked for.
 */
export const monotonicNow = () => performance.timeOrigin + performance.now();

/** Where every operation starts, and where `reset` takes it. */
export const initialVerification: VerificationState<never> = {
  phase: 'idle',
  sentTo: null,
  target: null,
  maybeSent: false,
  error: null,
  doneFor: null,
};
