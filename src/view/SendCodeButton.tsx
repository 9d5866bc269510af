import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent, useContext } from 'react';
import { useResendCountdown } from '../hooks/useResendCountdown';
import { createTranslator, type LocalePack, type Messages } from '../i18n/messages';
import { StepContext } from './context';

export interface SendCodeButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** Epoch ms until which sending is paused; the line beside the button counts down to it. */
  readonly availableAt?: number | null | undefined;
  /** A send is in flight. */
  readonly pending?: boolean | undefined;
  /** A code was sent before: the idle label says "Send again". */
  readonly sent?: boolean | undefined;
  /** The language: `enUS` (default), `zhCN` or your own pack. Inside the kit's dialogs, the dialog's. */
  readonly locale?: LocalePack | undefined;
  readonly messages?: Partial<Messages> | undefined;
}

/**
 * "Send code", "Sending…", then "Send again", and while the wait runs a line beside it that counts
 * down ("Send again in 59 s"). The button's own label (its accessible name) never counts: a screen
 * reader would say a new name every second while it has focus, and a speech-input user could not
 * say a label that keeps changing. Only this component re-renders each second. While it waits or
 * sends it stays focusable (aria-disabled) and ignores clicks, so focus is never lost. An
 * `aria-disabled` you pass is shown too, but clicks still reach `onClick` (the dialog's, while the
 * account loads: its send does nothing until there is a phone).
 */
export const SendCodeButton = forwardRef<HTMLButtonElement, SendCodeButtonProps>(function SendCodeButton(
  {
    availableAt,
    pending = false,
    sent = false,
    locale,
    messages,
    className,
    onClick,
    'aria-disabled': paused,
    ...props
  },
  ref,
) {
  // In a dialog of the kit, the dialog's texts; on its own, those of its props.
  const t = useContext(StepContext)?.t ?? createTranslator(locale, messages);
  const seconds = useResendCountdown(availableAt);
  const waiting = pending || seconds > 0;

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (waiting || props.disabled) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <>
      <button
        ref={ref}
        type="button"
        className={`upk-button upk-send ${className ?? ''}`}
        aria-disabled={waiting || paused || undefined}
        aria-busy={pending || undefined}
        onClick={handleClick}
        {...props}
      >
        {t(pending ? 'send.pending' : sent ? 'send.again' : 'send.idle')}
      </button>
      {!pending && seconds > 0 && (
        <span className="upk-send-wait">
          {t(seconds > 60 ? 'send.countdown-minutes' : 'send.countdown', {
            seconds,
            minutes: Math.ceil(seconds / 60),
          })}
        </span>
      )}
    </>
  );
});
