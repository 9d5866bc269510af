import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { type BindEmailForm, createBindEmailSchema, normalizeEmail } from '../../core/email';
import type { MessageKey } from '../../i18n/messages';
import { CodeInput } from '../../view/CodeInput';
import { useClientLayoutEffect, useShownStep, useStep } from '../../view/context';
import { useHoldOpen } from '../../view/holdOpen';
import { SendCodeButton } from '../../view/SendCodeButton';
import { Field, lengthText, StepButton, Submit, useStepForm } from '../../view/Step';
import { type BindEmailSession, useBindEmail } from './useBindEmail';

export interface BindEmailStepProps {
  /** Who is signed in: another user starts the step over. */
  readonly userId: string | undefined;
  readonly onBack: () => void;
  /**
   * The email is bound (also after Back, once the request had left): the dialog reads the
   * account again and goes on to the phone, saying so, for that session's user only.
   */
  readonly onBound: (confirmation: string, session: BindEmailSession) => unknown;
}

// The email step's own words where the phone step's would speak of an SMS.
const own: Partial<Record<MessageKey, MessageKey>> = {
  'code.required': 'email.code-required',
  'error.invalid-code': 'email.invalid-code',
};

/**
 * The dialog's bind-email step: an address, a code sent to it, and "Bind email". Loaded by the
 * dialog only when a person goes there (its own chunk), inside the same `<dialog>` and focus
 * scope; the translator in the step context has its texts.
 */
export default function BindEmailStep({ userId, onBack, onBound }: BindEmailStepProps) {
  const { t, client, codeLength, descriptionId, close } = useStep();
  // Its own wait (Authing sends one email a minute), not the SMS one the host may have set.
  const flow = useBindEmail({
    client,
    userId,
    onBound: (email, session) => onBound(t('email.bound', { email }), session),
  });
  useShownStep('bind-email', flow.phase);
  // Once the bind has left, Close, Cancel, Escape and Back wait for its answer.
  const held = flow.bindSent;
  useHoldOpen(held);
  const { min, max } = codeLength;
  const resolver = useMemo(() => zodResolver(createBindEmailSchema({ min, max })), [min, max]);
  const length = lengthText(t, codeLength);
  const { form, fieldError, alert } = useStepForm<BindEmailForm>({
    resolver,
    defaultValues: { email: '', passCode: '' },
    error: flow.error,
    waiting: !!flow.resendAvailableAt,
    // Server answers about the address belong under the address; about the code, under the code.
    fields: { email: ['email-taken', 'invalid-email'], passCode: ['invalid-code', 'code-expired'] },
    say: (key) => t(own[key] ?? key, { length }),
  });
  const { register, handleSubmit, trigger, getValues, setFocus } = form;

  useEffect(() => {
    setFocus(flow.codeSentTo ? 'passCode' : 'email');
  }, [flow.codeSentTo, setFocus]);
  // Outside Firefox the address takes focus in the commit that shows the step: setFocus waits a
  // task, and meanwhile Chromium, whose focused "Bind an email" has left, reports focus on the
  // document; Orca 43 then settles on the first field, this one, without a word, takes the real
  // focus for no change, and stays in browse mode: the address typed next became navigation keys.
  // In Firefox, Orca announced the field only when focus came that task later. (Modal reads the
  // engine the same way; a helper shared with the page would cost the page 12 B.)
  const formRef = useRef<HTMLFormElement>(null);
  useClientLayoutEffect(() => {
    if (!/Firefox\//.test(navigator.userAgent))
      (formRef.current?.elements.namedItem('email') as HTMLElement | null)?.focus();
  }, []);

  const send = async () => {
    // Only the address is checked before a code goes to it. A refused address gets focus from the
    // form's rule, once its message is on the page (focus moved here came first in WebKit, and
    // the field was heard without the message).
    if (await trigger('email')) await flow.sendCode(normalizeEmail(getValues('email')));
  };

  // "Binding…" stays until the dialog has gone on to the phone.
  const busy = flow.isBinding || !!flow.boundEmail;
  const statusId = `${descriptionId}-status`;
  return (
    <form
      ref={formRef}
      className="upk-body"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        await flow.bind(values);
      })}
    >
      <p id={descriptionId} className="upk-description">
        {t('email.description')}
      </p>

      {/* Focus lands on the address as the step opens: the field says why the step is there (the
          description), and after a refused address, what is wrong with it instead. */}
      <Field label={t('email.label')} error={fieldError('email')} describedBy={descriptionId}>
        {(control) => (
          <div className="upk-code-row">
            <input
              {...control}
              type="email"
              className="upk-code-input upk-email-input"
              autoComplete="email"
              autoCapitalize="off"
              spellCheck={false}
              readOnly={busy}
              {...register('email')}
            />
            <SendCodeButton
              availableAt={flow.resendAvailableAt}
              pending={flow.isSending}
              sent={!!flow.codeSentTo}
              aria-describedby={statusId}
              onClick={() => void send()}
            />
          </div>
        )}
      </Field>

      <Field label={t('email.code-label')} hint={t('email.code-hint', { length })} error={fieldError('passCode')}>
        {(control) => <CodeInput {...control} codeLength={codeLength} readOnly={busy} {...register('passCode')} />}
      </Field>

      <p id={statusId} className="upk-status" role="status">
        {flow.codeSentTo ? t(flow.codeMaybeSent ? 'email.maybe-sent' : 'email.sent', { email: flow.codeSentTo }) : ''}
      </p>

      {alert}

      <div className="upk-actions">
        <StepButton held={held} onClick={onBack}>
          {t('email.back')}
        </StepButton>
        <StepButton held={held} onClick={close}>
          {t('dialog.cancel')}
        </StepButton>
        <Submit busy={busy} tone="primary">
          {t(busy ? 'email.submit-pending' : 'email.submit')}
        </Submit>
      </div>
    </form>
  );
}
