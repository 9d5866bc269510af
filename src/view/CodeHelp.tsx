import { useId, useState } from 'react';
import { callHost } from '../hooks/callHost';
import { useStep } from './context';
import { StepButton } from './Step';

/**
 * "Didn't get a code?" under a code field, once a code went out: what to check (the number, its
 * signal, the wait), and for a person who no longer has the phone, the way on: the host's own
 * (the dialog's `onLostPhone`: the dialog closes, then calls it), else the dialog's own
 * (`onWithoutPhone`: changing the number without that phone's code). A disclosure button
 * (`aria-expanded`) whose panel exists only while open, so every reader, the in-page one too,
 * hears the same thing: one button until it is pressed.
 */
export function CodeHelp({
  phone,
  onLostPhone,
  onWithoutPhone,
}: {
  phone: string;
  onLostPhone: (() => void) | undefined;
  onWithoutPhone?: ((lost: true) => void) | undefined;
}) {
  const { t, close } = useStep();
  const lost = onLostPhone
    ? () => {
        close();
        callHost('onLostPhone', onLostPhone);
      }
    : onWithoutPhone && (() => onWithoutPhone(true));
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="upk-help">
      <button
        type="button"
        className="upk-link upk-help-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('help.summary')}
      </button>
      {open && (
        <div id={id}>
          <p>{t('help.body', { phone })}</p>
          {lost && (
            <StepButton link held={false} onClick={lost}>
              {t('help.lost')}
            </StepButton>
          )}
        </div>
      )}
    </div>
  );
}
