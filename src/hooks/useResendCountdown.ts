import { useEffect, useState } from 'react';

const secondsUntil = (until: number | null | undefined) =>
  until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0;

/**
 * Whole seconds left until `until` (epoch ms), ticking once a second; 0 when there is no wait.
 * Only the component that shows the number re-renders each second.
 */
export function useResendCountdown(until: number | null | undefined): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(until));

  useEffect(() => {
    setSeconds(secondsUntil(until));
    if (!until || until <= Date.now()) return;
    const timer = setInterval(() => {
      const left = secondsUntil(until);
      setSeconds(left);
      if (left === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);

  return seconds;
}
