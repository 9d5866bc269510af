import { createContext, useContext, useEffect, useLayoutEffect } from 'react';
import type { PassCodeLength } from '../core/passCode';
import type { UnbindPhoneClient } from '../core/types';
import type { Translate } from '../i18n/messages';

/**
 * What every step of a dialog needs from the dialog around it, given once by the dialog (and
 * widened by a step that brings texts of its own): no bag of props passed down from view to view.
 */
export interface StepContextValue {
  readonly t: Translate;
  readonly client: UnbindPhoneClient;
  readonly codeLength: PassCodeLength;
  /** The id the dialog's `aria-describedby` points at: the step's description takes it. */
  readonly descriptionId: string;
  /** Closes the dialog (unless a request that has left holds it). */
  readonly close: () => void;
  /** A step tells the dialog that its request has left: closing waits for the answer. */
  readonly onBusy: (busy: boolean) => void;
  /** Sets the dialog's `data-step` and `data-phase` (through `useShownStep`). */
  readonly show: (step: string, phase: string) => void;
}

export const StepContext = createContext<StepContextValue | null>(null);

export function useStep(): StepContextValue {
  // biome-ignore lint/style/noNonNullAssertion: steps render only inside a dialog, which gives it
  return useContext(StepContext)!;
}

/**
 * Names the step on show, and the phase of its flow, as the dialog's `data-step` and `data-phase`
 * (for host CSS and tests; the values are in the README).
 */
export function useShownStep(step: string, phase = 'idle') {
  const { show } = useStep();
  useClientLayoutEffect(() => {
    show(step, phase);
  }, [step, phase]);
}

// React 18 warns about useLayoutEffect while rendering on a server, where it would do nothing anyway.
export const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
