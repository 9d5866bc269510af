import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import type { UnbindPhoneError } from '../core/UnbindPhoneError';
import { useClientLayoutEffect, useShownStep, useStep } from './context';

/** A message in place of the form (success, a failure, a blocker) and its buttons. */
export function Notice({
  step,
  phase,
  tone,
  text,
  children,
}: {
  /** The step's name and its flow's phase, for the dialog's `data-step` and `data-phase`. */
  step: string;
  phase: string;
  tone: 'success' | 'warning' | 'danger';
  text: string;
  children?: ReactNode;
}) {
  useShownStep(step, phase);
  return (
    <div className="upk-body">
      <p id={useStep().descriptionId} className={`upk-notice upk-notice--${tone}`}>
        {text}
      </p>
      <div className="upk-actions">{children}</div>
    </div>
  );
}

/**
 * A button of a notice, described by the notice: a screen reader says what happened with the
 * button that takes focus ("Done, +86 138****5678 is no longer linked…"), not the button alone.
 */
export function Action({
  primary,
  focus,
  described,
  onClick,
  children,
}: {
  primary?: boolean;
  focus?: boolean;
  /** Described by the notice (the button that takes focus, so the notice is heard with it). */
  described?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const { descriptionId } = useStep();
  // Focus moves in once, when the notice appears; as the dialog opens, showModal() puts it on the
  // autofocus control (the dialog may open after this effect: see Modal).
  useClientLayoutEffect(() => {
    // biome-ignore lint/style/noNonNullAssertion: the button is rendered
    ref.current!.autofocus = !!focus;
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the notice appears
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className={primary ? 'upk-button upk-button--primary' : 'upk-button'}
      aria-describedby={described ? descriptionId : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * A failure that is not about one field, for every step: what went wrong in the dialog's words,
 * the server's own message (in its own language) where it gave one, and the request's reference.
 * Focusable, so a step can move focus to it once it is on the page.
 */
export function Alert({
  error,
  text,
  alertRef,
}: {
  error: UnbindPhoneError;
  text: string;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  // The server's own words keep their own language (a Chinese message is not read in an English
  // voice); the words around them are the dialog's.
  const { t } = useStep();
  const said = t('error.server-said', { message: '\0' }).split('\0');
  return (
    <div ref={alertRef} className="upk-alert" role="alert" tabIndex={-1} aria-label={text}>
      <p>{text}</p>
      {error.serverMessage && error.kind === 'server' && (
        <p className="upk-alert-detail">
          {said[0]}
          <span lang={error.serverMessageLang}>{error.serverMessage}</span>
          {said[1]}
        </p>
      )}
      {error.requestId && <p className="upk-alert-detail">{t('error.reference', { requestId: error.requestId })}</p>}
    </div>
  );
}
