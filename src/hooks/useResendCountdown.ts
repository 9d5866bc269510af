import { useEffect, useReducer } from 'react';
import { monotonicNow } from '../core/verification/basics';

const secondsUntil = (until: number | null | undefined) =>
  until ? Math.max(0, Math.ceil((until - monotonicNow()) / 1000)) : 0;

/**
 * Whole seconds left until `until` (`monotonicNow()` ms), ticking once a second; 0 when there is
 * no wait. Read from the clock on every render, so a new `until` shows at once (no stale "Send
 * again" frame); the interval only asks for those renders. Only the component that shows the
 * number re-renders each second.
 */
export function useResendCountdown(until: number | null | undefined): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    if (secondsUntil(until) === 0) return;
    const timer = setInterval(() => {
      tick();
      if (secondsUntil(until) === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  return secondsUntil(until);
}
