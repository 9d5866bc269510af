import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import { useResendCountdown } from '../hooks/useResendCountdown';
import { createTranslator, type LocalePack, type Messages, resolveMessages } from '../i18n/messages';

export interface SendCodeButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** Epoch ms until which sending is paused; the button counts down to it. */
  readonly availableAt?: number | null | undefined;
  /** A send is in flight. */
  readonly pending?: boolean | undefined;
  /** A code was sent before: the idle label says "Send again". */
  readonly sent?: boolean | undefined;
  /** The language: `enUS` (default), `zhCN` or your own pack. */
  readonly locale?: LocalePack | undefined;
  readonly messages?: Partial<Messages> | undefined;
}

/**
 * "Send code", then "Send again in 59 s". Only this button re-renders each second. While it
 * waits or sends it stays focusable (aria-disabled) and ignores clicks, so focus is never lost.
 */
export const SendCodeButton = forwardRef<HTMLButtonElement, SendCodeButtonProps>(function SendCodeButton(
  { availableAt, pending = false, sent = false, locale, messages, className, onClick, ...props },
  ref,
) {
  const t = createTranslator(resolveMessages(locale, messages));
  const seconds = useResendCountdown(availableAt);
  const waiting = pending || seconds > 0;
  const label = pending
    ? t('send.pending')
    : seconds > 60
      ? t('send.countdown-minutes', { minutes: Math.ceil(seconds / 60) })
      : seconds > 0
        ? t('send.countdown', { seconds })
        : t(sent ? 'send.again' : 'send.idle');

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (waiting || props.disabled) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <button
      ref={ref}
      type="button"
      className={`upk-button upk-send ${className ?? ''}`}
      aria-disabled={waiting || undefined}
      aria-busy={pending || undefined}
      onClick={handleClick}
      {...props}
    >
      {label}
    </button>
  );
});
