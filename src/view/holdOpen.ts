import { useClientLayoutEffect, useStep } from './context';

/**
 * A step whose request has left holds the dialog (`held`): Close, Cancel and Escape wait for the
 * answer, since closing could not take the request back. Told in the commit, not after paint: the
 * dialog's Close and Escape must know it before any press can come (a passive effect let a press
 * land while they still read "not busy"). Released when the step goes.
 *
 * Only the steps of the lazy chunk hold the dialog this way (the phone step's hold is its flow's,
 * given to the dialog as `busy`): a module of its own, so that the page never carries it.
 */
export function useHoldOpen(held: boolean) {
  const { onBusy } = useStep();
  useClientLayoutEffect(() => {
    onBusy(held);
    return () => onBusy(false);
  }, [held, onBusy]);
}
