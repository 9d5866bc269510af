import { useCallback, useRef, useState } from 'react';

/**
 * One value that is either controlled by the host (`value` given) or kept here (`defaultValue`),
 * with `onChange` told about every change in both cases.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };

  const set = useCallback((next: T) => {
    const { current: previous, controlled: isControlled, onChange: notify } = latest.current;
    if (Object.is(previous, next)) return;
    if (!isControlled) setOwn(next);
    notify?.(next);
  }, []);

  return [current, set];
}
