import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { maskPhone } from '../../core/account';
import { createPassCodeSchema, type PassCodeForm } from '../../core/passCode';
import type { PhoneNumber } from '../../core/types';
import type { CodeHelp } from '../../view/CodeHelp';
import { CodeInput } from '../../view/CodeInput';
import { useClientLayoutEffect, useShownStep, useStep } from '../../view/context';
import { SendCodeButton } from '../../view/SendCodeButton';
import { Field, lengthText, StepButton, Submit, useStepForm } from '../../view/Step';
import type { UnbindPhoneController } from './useUnbindPhone';

export const phoneText = (phone: PhoneNumber | null) => (phone ? maskPhone(phone) : '');

/**
 * The phone step: the phone to remove, Send code, the code, Remove phone. While the account or
 * the blocked views load it says "Loading…" (`loading`); `bound` is the line it shows once the
 * email step bound an address.
 */
export function UnbindForm({
  flow,
  loading,
  bound,
  onChangeInstead,
  onLostPhone,
  Help,
}: {
  flow: UnbindPhoneController;
  loading: boolean;
  bound: string;
  /**
   * Changing the number instead, when the dialog offers it: a link under the buttons, and the way
   * on for a person who no longer has the phone (`lost`), where the host has no page for that.
   */
  onChangeInstead: ((lost?: true) => void) | undefined;
  /** The host's way on for a person who no longer has the phone ("Didn't get a code?"). */
  onLostPhone: (() => void) | undefined;
  /** "Didn't get a code?", from the dialog's lazy chunk once it is here. */
  Help: typeof CodeHelp | undefined;
}) {
  const { t, codeLength, descriptionId, close } = useStep();
  useShownStep('code', flow.phase);
  // Keyed by the numbers: `codeLength` is a fresh object on every render of the dialog.
  const { min, max } = codeLength;
  const resolver = useMemo(() => zodResolver(createPassCodeSchema({ min, max })), [min, max]);
  const length = lengthText(t, codeLength);
  const { form, fieldError, alert } = useStepForm<PassCodeForm>({
    resolver,
    error: flow.error,
    waiting: !!flow.resendAvailableAt,
    fields: { passCode: ['invalid-code', 'code-expired'] },
    say: (key) => t(key, { length }),
  });
  const { register, handleSubmit, setFocus } = form;
  const sendRef = useRef<HTMLButtonElement>(null);
  const waiting = loading || flow.isLoadingAccount;

  useEffect(() => {
    if (flow.codeSent) setFocus('passCode');
    else sendRef.current?.focus();
  }, [flow.codeSent, setFocus]);
  // On open, the form is there (it shows "Loading…" until the account arrives) and showModal()
  // puts focus straight on Send code: one focus move, not Close and then Send code. A layout
  // effect runs before the dialog's, which opens it; React's autoFocus would not set the attribute.
  useClientLayoutEffect(() => {
    // biome-ignore lint/style/noNonNullAssertion: the button is rendered with the form
    sendRef.current!.autofocus = true;
  }, []);

  const statusId = `${descriptionId}-status`;
  const phone = { phone: phoneText(flow.phone) };
  return (
    <form
      className="upk-body"
      noValidate
      onSubmit={handleSubmit(async ({ passCode }) => {
        await flow.unbind(passCode);
      })}
    >
      {/* Polite: "Loading…" becomes the phone to remove while focus is on Send code. */}
      <p id={descriptionId} className="upk-description" aria-live="polite">
        {t(waiting ? 'dialog.loading' : 'dialog.description', phone)}
      </p>

      <Field label={t('code.label')} hint={t('code.hint', { length })} error={fieldError('passCode')}>
        {(control) => (
          <div className="upk-code-row">
            <CodeInput {...control} codeLength={codeLength} readOnly={flow.isUnbinding} {...register('passCode')} />
            <SendCodeButton
              ref={sendRef}
              availableAt={flow.resendAvailableAt}
              pending={flow.isSending}
              sent={flow.codeSent}
              aria-disabled={waiting}
              // What the status line says is heard with the button ("Email … is bound. Now remove the phone.").
              aria-describedby={statusId}
              onClick={() => loading || void flow.sendCode()}
            />
          </div>
        )}
      </Field>

      <p id={statusId} className="upk-status" role="status">
        {flow.codeSent ? t(flow.codeMaybeSent ? 'send.maybe-sent' : 'send.sent', phone) : bound}
      </p>

      {/* Always there, empty until the line comes: the form's children keep their places. */}
      <div className="upk-slot">
        {flow.codeSent && Help && (
          <Help phone={phone.phone} onLostPhone={onLostPhone} onWithoutPhone={onChangeInstead} />
        )}
      </div>

      {alert}

      <div className="upk-actions">
        <StepButton held={flow.unbindSent} onClick={close}>
          {t('dialog.cancel')}
        </StepButton>
        <Submit busy={flow.isUnbinding} tone="danger">
          {t(flow.isUnbinding ? 'submit.pending' : 'submit.idle')}
        </Submit>
      </div>

      {onChangeInstead && (
        <div className="upk-aside">
          <StepButton link held={waiting || flow.isUnbinding} onClick={onChangeInstead}>
            {t('change.instead')}
          </StepButton>
        </div>
      )}
    </form>
  );
}
