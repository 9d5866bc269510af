import { type ReactNode, useEffect, useRef } from 'react';

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
