import { type ReactNode, useEffect, useRef } from 'react';

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
