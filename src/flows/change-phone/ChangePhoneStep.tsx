import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { maskPhone } from '../../core/account';
import { type ChangePhoneForm, checkNewPhone, createChangePhoneSchema, newPhoneFrom } from '../../core/phoneInput';
import type { PhoneNumber } from '../../core/types';
import { CodeHelp } from '../../view/CodeHelp';
import { CodeInput } from '../../view/CodeInput';
import { useShownStep, useStep } from '../../view/context';
import { useHoldOpen } from '../../view/holdOpen';
import { SendCodeButton } from '../../view/SendCodeButton';
import { Field, lengthText, StepButton, Submit, useStepForm } from '../../view/Step';
import type { ChangePhoneController } from './useChangePhone';

export interface ChangePhoneStepProps {
  readonly flow: ChangePhoneController;
  /**
   * The account's phone now: its code is the second one. `null` while the account loads: the step
   * is there already (focus placed once, on the new number) and says "Loading…"; nothing is sent.
   */
  readonly currentPhone: PhoneNumber | null;
  /** Back to where the person came from, in place of Cancel (in `<UnbindPhoneDialog>`). */
  readonly onBack?: (() => void) | undefined;
  /** The host's way on for a person who no longer has the current phone ("Didn't get a code?"). */
  readonly onLostPhone?: (() => void) | undefined;
  /** The person no longer has the current phone: the step asks for the new number's code only. */
  readonly lost?: boolean | undefined;
  /** Without the host's way on: the step goes on without the current phone's code. */
  readonly onWithoutPhone?: (() => void) | undefined;
}

/**
 * The change-number step: the new number (country code and number), a code sent to it, a code
 * sent to the current phone (not when `lost`: the server then decides), then "Change number".
 * Written on the kit's one code-step view: the same field, error, focus and busy rules as every step.
 */
export function ChangePhoneStep({
  flow,
  currentPhone,
  onBack,
  onLostPhone,
  lost = false,
  onWithoutPhone,
}: ChangePhoneStepProps) {
  const { t, codeLength, descriptionId, close } = useStep();
  useShownStep('change-phone', flow.phase);
  const held = flow.changeSent;
  useHoldOpen(held);
  const { min, max } = codeLength;
  const resolver = useMemo(
    () => zodResolver(createChangePhoneSchema(currentPhone, { min, max }, lost)),
    [currentPhone, min, max, lost],
  );
  const length = lengthText(t, codeLength);
  const { form, fieldError, alert } = useStepForm<ChangePhoneForm>({
    resolver,
    defaultValues: { countryCode: currentPhone?.countryCode ?? '+86', number: '', newCode: '', currentCode: '' },
    error: flow.error,
    waiting: !!flow.fresh.resendAvailableAt,
    // What the server says of the number goes under it; which code it refused, it does not say.
    fields: { countryCode: [], number: ['same-phone', 'phone-taken'], newCode: [], currentCode: [] },
    say: (key) => t(key, { length }),
  });
  const { register, handleSubmit, getValues, setError, clearErrors, setFocus, setValue, getFieldState } = form;
  const loading = !currentPhone;
  const current = currentPhone ? maskPhone(currentPhone) : '';
  // The account's country code, once it is read, unless the person typed one already.
  const country = currentPhone?.countryCode;
  useEffect(() => {
    if (country && !getFieldState('countryCode').isDirty) setValue('countryCode', country);
  }, [country, getFieldState, setValue]);

  // As the step opens, focus goes to the new number: showModal() puts it on the autofocus control.
  const numberField = register('number');
  // After the account was read, the step comes into an open dialog: focus moves in here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, as the step appears
  useEffect(() => setFocus('number'), []);
  useEffect(() => {
    if (flow.fresh.sentTo) setFocus('newCode');
  }, [flow.fresh.sentTo, setFocus]);
  useEffect(() => {
    if (flow.current.sentTo) setFocus('currentCode');
  }, [flow.current.sentTo, setFocus]);
  // Going on without the current phone: its field (and the help that led here) goes away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: when the person chooses it
  useEffect(() => {
    if (lost) setFocus(flow.fresh.sentTo ? 'newCode' : 'number');
  }, [lost]);

  const sendNew = async () => {
    if (loading) return;
    // Only the number is checked before a code goes to it.
    const phone = newPhoneFrom(getValues('countryCode'), getValues('number'));
    const issue = checkNewPhone(phone, currentPhone);
    if (issue) return setError('number', { message: issue }, { shouldFocus: true });
    clearErrors('number');
    await flow.sendNewCode(phone);
  };

  const busy = flow.isChanging || !!flow.changedTo;
  const statusId = `${descriptionId}-status`;
  const fresh = flow.fresh.sentTo ? maskPhone(newPhoneFrom(getValues('countryCode'), getValues('number'))) : '';
  return (
    <form
      className="upk-body"
      noValidate
      onSubmit={handleSubmit(async ({ countryCode, number, newCode, currentCode }) => {
        if (loading) return;
        await flow.change({
          newPhone: newPhoneFrom(countryCode, number),
          newPassCode: newCode,
          currentPassCode: lost ? undefined : currentCode,
        });
      })}
    >
      {/* Polite: "Loading…" becomes what the step is about while focus is on the new number. */}
      <p id={descriptionId} className="upk-description" aria-live="polite">
        {t(loading ? 'dialog.loading' : lost ? 'change.lost-description' : 'change.description', { phone: current })}
      </p>

      <div className="upk-phone-row">
        <Field label={t('change.country-label')} error={fieldError('countryCode')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="tel"
              // A number reads left to right in any language ("+86", "138 1234 5678"): in a
              // right-to-left dialog its signs and groups would be reordered.
              dir="ltr"
              autoComplete="tel-country-code"
              className="upk-code-input upk-country-input"
              readOnly={busy}
              {...register('countryCode')}
            />
          )}
        </Field>
        <Field label={t('change.number-label')} error={fieldError('number')} describedBy={descriptionId}>
          {(control) => (
            <div className="upk-code-row">
              <input
                {...control}
                type="tel"
                dir="ltr"
                autoComplete="tel-national"
                className="upk-code-input upk-number-input"
                readOnly={busy}
                {...numberField}
                ref={(field) => {
                  numberField.ref(field);
                  if (field) field.autofocus = true;
                }}
              />
              <SendCodeButton
                availableAt={flow.fresh.resendAvailableAt}
                pending={flow.fresh.isSending}
                sent={!!flow.fresh.sentTo}
                aria-disabled={loading || undefined}
                aria-describedby={statusId}
                onClick={() => void sendNew()}
              />
            </div>
          )}
        </Field>
      </div>

      <Field label={t('change.new-code-label')} hint={t('code.hint', { length })} error={fieldError('newCode')}>
        {(control) => <CodeInput {...control} codeLength={codeLength} readOnly={busy} {...register('newCode')} />}
      </Field>
      {fresh && <CodeHelp phone={fresh} onLostPhone={undefined} />}

      {!lost && !loading && (
        <Field label={t('change.current-code-label', { phone: current })} error={fieldError('currentCode')}>
          {(control) => (
            <div className="upk-code-row">
              <CodeInput {...control} codeLength={codeLength} readOnly={busy} {...register('currentCode')} />
              <SendCodeButton
                availableAt={flow.current.resendAvailableAt}
                pending={flow.current.isSending}
                sent={!!flow.current.sentTo}
                aria-describedby={statusId}
                onClick={() => void flow.sendCurrentCode()}
              />
            </div>
          )}
        </Field>
      )}
      {!lost && flow.current.sentTo && (
        <CodeHelp phone={current} onLostPhone={onLostPhone} onWithoutPhone={onWithoutPhone} />
      )}

      <p id={statusId} className="upk-status" role="status">
        {[fresh && t('send.sent', { phone: fresh }), !lost && flow.current.sentTo && t('send.sent', { phone: current })]
          .filter(Boolean)
          .join(' ')}
      </p>

      {alert}

      <div className="upk-actions">
        <StepButton held={held} onClick={onBack ?? close}>
          {t(onBack ? 'change.back' : 'dialog.cancel')}
        </StepButton>
        <Submit busy={busy} tone="primary">
          {t(busy ? 'change.submit-pending' : 'change.submit')}
        </Submit>
      </div>
    </form>
  );
}
