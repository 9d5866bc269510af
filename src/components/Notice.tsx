import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import type { UnbindPhoneError } from '../core/UnbindPhoneError';
import type { Translate } from '../i18n/messages';

/**
 * How the kit's forms validate, the phone's and the email step's alike. Focus moves once the
 * message is on the page (each form's effect), so the field is announced with it; the form's own
 * focus would come a render before the message. What a field says changes when the person
 * submits, not at every key: after a wrong code, typing must not flip the alert to "too short" and
 * back to the server's answer.
 */
export const formRules = { shouldFocusError: false, reValidateMode: 'onSubmit' } as const;

/** A message in place of the form (success, a failure, a blocker) and its buttons. */
export function Notice({
  descriptionId,
  tone,
  text,
  children,
}: {
  descriptionId: string;
  tone: 'success' | 'warning' | 'danger';
  text: string;
  children?: ReactNode;
}) {
  return (
    <div className="upk-body">
      <p id={descriptionId} className={`upk-notice upk-notice--${tone}`}>
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
  describedBy,
  onClick,
  children,
}: {
  primary?: boolean;
  focus?: boolean;
  describedBy?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves in once, when the notice appears
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      className={primary ? 'upk-button upk-button--primary' : 'upk-button'}
      aria-describedby={describedBy}
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
  t,
  error,
  text,
  alertRef,
}: {
  t: Translate;
  error: UnbindPhoneError;
  text: string;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  // The server's own words keep their own language (a Chinese message is not read in an English
  // voice); the words around them are the dialog's.
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
