import { useId, useState } from 'react';
import { callHost } from '../hooks/callHost';
import { useStep } from './context';
import { StepButton } from './Step';

/**
 * "Didn't get a code?" under a code field, once a code went out: what to check (the number, its
 * signal, the wait), and for a person who no longer has the phone, the host's own way on (the
 * dialog's `onLostPhone`: the dialog closes, then calls it). A disclosure button
 * (`aria-expanded`) whose panel exists only while open, so every reader, the in-page one too,
 * hears the same thing: one button until it is pressed.
 */
export function CodeHelp({ phone, onLostPhone }: { phone: string; onLostPhone: (() => void) | undefined }) {
  const { t, close } = useStep();
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
          {onLostPhone && (
            <StepButton
              link
              held={false}
              onClick={() => {
                close();
                callHost('onLostPhone', onLostPhone);
              }}
            >
              {t('help.lost')}
            </StepButton>
          )}
        </div>
      )}
    </div>
  );
}
