import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { type BindEmailForm, createBindEmailSchema, normalizeEmail } from '../core/email';
import type { PassCodeLength } from '../core/passCode';
import type { UnbindPhoneClient } from '../core/types';
import { type BindEmailSession, useBindEmail } from '../hooks/useBindEmail';
import type { LocalePack, MessageKey, Messages, Translate } from '../i18n/messages';
import { CodeInput } from './CodeInput';
import { Alert, formRules } from './Notice';
import { SendCodeButton } from './SendCodeButton';

export interface BindEmailStepProps {
  readonly client: UnbindPhoneClient;
  /** The dialog's texts with those of the blocked views (Blocked builds it). */
  readonly t: Translate;
  readonly locale?: LocalePack | undefined;
  readonly messages?: Partial<Messages> | undefined;
  readonly codeLength: PassCodeLength;
  /** Who is signed in: another user starts the step over. */
  readonly userId: string | undefined;
  /** The id the dialog's `aria-describedby` points at: this step's description takes it. */
  readonly descriptionId: string;
  readonly onBack: () => void;
  readonly onCancel: () => void;
  /** Tells the dialog that the bind has left: closing waits for its answer. */
  readonly onBusy: (busy: boolean) => void;
  /**
   * The email is bound (also after Back, once the request had left): the dialog reads the
   * account again and goes on to the phone, saying so, for that session's user only.
   */
  readonly onBound: (confirmation: string, session: BindEmailSession) => unknown;
}

// Server answers about the address belong under the address; about the code, under the code.
const emailKinds = ['email-taken', 'invalid-email'];
const codeKinds = ['invalid-code', 'code-expired'];

/**
 * The dialog's bind-email step: an address, a code sent to it, and "Bind email". Loaded by the
 * dialog only when a person goes there (its own chunk), inside the same `<dialog>` and focus scope.
 */
export default function BindEmailStep({
  client,
  t,
  locale,
  messages,
  codeLength,
  userId,
  descriptionId,
  onBack,
  onCancel,
  onBusy,
  onBound,
}: BindEmailStepProps) {
  // Its own wait (Authing sends one email a minute), not the SMS one the host may have set.
  const flow = useBindEmail({
    client,
    userId,
    onBound: (email, session) => onBound(t('email.bound', { email }), session),
  });
  // Once the bind has left, Close, Cancel, Escape and Back wait for its answer.
  const held = flow.bindSent;
  useEffect(() => {
    onBusy(held);
    return () => onBusy(false);
  }, [held, onBusy]);
  const id = useId();
  const ids = {
    email: `${id}-email`,
    emailError: `${id}-email-error`,
    code: `${id}-code`,
    hint: `${id}-hint`,
    codeError: `${id}-code-error`,
    status: `${id}-status`,
  };
  const { min, max } = codeLength;
  const schema = useMemo(() => createBindEmailSchema({ min, max }), [min, max]);
  const {
    register,
    handleSubmit,
    trigger,
    getValues,
    setFocus,
    formState: { errors, submitCount },
  } = useForm<BindEmailForm>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', passCode: '' },
    ...formRules,
  });
  const alertRef = useRef<HTMLDivElement>(null);
  const lengthText = min === max ? String(min) : t('code.length-range', { min, max });

  const { error } = flow;
  const emailProblem = error && emailKinds.includes(error.kind) ? error : null;
  const codeProblem = error && codeKinds.includes(error.kind) ? error : null;
  const alert = error && !emailProblem && !codeProblem ? error : null;
  const emailError = errors.email?.message
    ? t(errors.email.message as MessageKey)
    : emailProblem && t(`error.${emailProblem.kind}`);
  const codeIssue = errors.passCode?.message;
  const codeError = codeIssue
    ? t((codeIssue === 'code.required' ? 'email.code-required' : codeIssue) as MessageKey, { length: lengthText })
    : codeProblem && t(codeProblem.kind === 'invalid-code' ? 'email.invalid-code' : 'error.code-expired');

  // Focus follows what the person must do next, once the message is on the page.
  const emailInvalid = errors.email;
  const codeInvalid = errors.passCode;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every failed attempt moves focus anew
  useEffect(() => {
    if (emailProblem || emailInvalid) setFocus('email');
    else if (codeProblem || codeInvalid) setFocus('passCode', { shouldSelect: !!codeProblem });
    else if (alert) alertRef.current?.focus();
  }, [emailProblem, emailInvalid, codeProblem, codeInvalid, alert, submitCount, setFocus]);

  useEffect(() => {
    setFocus(flow.codeSentTo ? 'passCode' : 'email');
  }, [flow.codeSentTo, setFocus]);

  const send = async () => {
    // Only the address is checked before a code goes to it. A refused address gets focus from the
    // effect above, once its message is on the page (focus moved here came first in WebKit, and
    // the field was heard without the message).
    if (await trigger('email')) await flow.sendCode(normalizeEmail(getValues('email')));
  };
  const onSubmit = handleSubmit(async (values) => {
    await flow.bind(values);
  });

  // "Binding…" stays until the dialog has gone on to the phone.
  const busy = flow.isBinding || !!flow.boundEmail;
  return (
    <form className="upk-body" noValidate onSubmit={onSubmit}>
      <p id={descriptionId} className="upk-description">
        {t('email.description')}
      </p>

      <div className="upk-field">
        <label htmlFor={ids.email} className="upk-label">
          {t('email.label')}
        </label>
        <div className="upk-code-row">
          <input
            id={ids.email}
            type="email"
            className="upk-code-input upk-email-input"
            autoComplete="email"
            autoCapitalize="off"
            spellCheck={false}
            aria-invalid={emailError ? true : undefined}
            // Focus lands here as the step opens: the field says why the step is there (the
            // description), and after a refused address, what is wrong with it instead.
            aria-describedby={emailError ? ids.emailError : descriptionId}
            readOnly={busy}
            {...register('email')}
          />
          <SendCodeButton
            availableAt={flow.resendAvailableAt}
            pending={flow.isSending}
            sent={!!flow.codeSentTo}
            aria-describedby={ids.status}
            locale={locale}
            messages={messages}
            onClick={() => void send()}
          />
        </div>
        {emailError && (
          <p id={ids.emailError} className="upk-field-error" role="alert">
            {emailError}
          </p>
        )}
      </div>

      <div className="upk-field">
        <label htmlFor={ids.code} className="upk-label">
          {t('email.code-label')}
        </label>
        <CodeInput
          id={ids.code}
          codeLength={codeLength}
          aria-invalid={codeError ? true : undefined}
          aria-describedby={codeError ? `${ids.hint} ${ids.codeError}` : ids.hint}
          readOnly={busy}
          {...register('passCode')}
        />
        <p id={ids.hint} className="upk-hint">
          {t('email.code-hint', { length: lengthText })}
        </p>
        {codeError && (
          <p id={ids.codeError} className="upk-field-error" role="alert">
            {codeError}
          </p>
        )}
      </div>

      <p id={ids.status} className="upk-status" role="status">
        {flow.codeSentTo ? t(flow.codeMaybeSent ? 'email.maybe-sent' : 'email.sent', { email: flow.codeSentTo }) : ''}
      </p>

      {alert && <Alert alertRef={alertRef} t={t} error={alert} text={t(`error.${alert.kind}`)} />}

      <div className="upk-actions">
        <button type="button" className="upk-button" aria-disabled={held || undefined} onClick={() => held || onBack()}>
          {t('email.back')}
        </button>
        <button
          type="button"
          className="upk-button"
          aria-disabled={held || undefined}
          onClick={() => held || onCancel()}
        >
          {t('dialog.cancel')}
        </button>
        <button
          type="submit"
          className="upk-button upk-button--primary"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
        >
          {busy && <span className="upk-spinner" aria-hidden />}
          {t(busy ? 'email.submit-pending' : 'email.submit')}
        </button>
      </div>
    </form>
  );
}
