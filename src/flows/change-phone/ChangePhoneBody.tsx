import { useEffect, useState } from 'react';
import { maskPhone } from '../../core/account';
import type { PhoneNumber } from '../../core/types';
import { useStep } from '../../view/context';
import { Action, Notice } from '../../view/Notice';
import { ChangePhoneStep } from './ChangePhoneStep';
import { type ChangePhoneController, useChangePhone } from './useChangePhone';

/**
 * The change-number step, then what the account now has: the body of either dialog that changes a
 * number. A person who no longer has the current phone (`withoutCurrent`, or "I no longer have
 * this phone" under its code) goes on with the new number's code only; if the user pool asks for
 * the current phone's code all the same, that is explained, as a way that is closed, not a failure.
 */
export function ChangePhoneBody({
  flow,
  currentPhone,
  onBack,
  onLostPhone,
  withoutCurrent,
}: {
  flow: ChangePhoneController;
  /** `null` while the account loads (`<ChangePhoneDialog>`): the step says "Loading…". */
  currentPhone: PhoneNumber | null;
  onBack?: (() => void) | undefined;
  onLostPhone: (() => void) | undefined;
  withoutCurrent?: boolean | undefined;
}) {
  const { t, close } = useStep();
  const [lost, setLost] = useState(!!withoutCurrent);
  const to = flow.changedTo;
  const phone = currentPhone ? maskPhone(currentPhone) : '';
  if (to)
    return (
      <Notice step="done" phase={flow.phase} tone="success" text={t('change.done', { phone: maskPhone(to) })}>
        <Action primary focus described onClick={close}>
          {t('success.done')}
        </Action>
      </Notice>
    );
  if (lost && flow.error?.kind === 'current-code-required')
    return (
      <Notice step="needs-current-phone" phase={flow.phase} tone="warning" text={t('change.needs-current', { phone })}>
        <Action onClick={() => setLost(false)}>{t('change.use-current', { phone })}</Action>
        <Action primary focus described onClick={close}>
          {t('dialog.cancel')}
        </Action>
      </Notice>
    );
  return (
    <ChangePhoneStep
      flow={flow}
      currentPhone={currentPhone}
      onBack={onBack}
      onLostPhone={onLostPhone}
      lost={lost}
      onWithoutPhone={() => setLost(true)}
    />
  );
}

export interface ChangeInsteadProps {
  /** The account's phone now. */
  readonly currentPhone: PhoneNumber;
  readonly userId: string | undefined;
  readonly resendSeconds: number | undefined;
  readonly onPhoneChanged: ((from: PhoneNumber | null, to: PhoneNumber) => void) | undefined;
  /** Back to where the person chose to change the number (held once the change has left). */
  readonly onBack: () => void;
  /** The number was changed: the dialog names it in its title. */
  readonly onChanged: (to: PhoneNumber) => void;
  /** The host's way on for a person who no longer has the current phone. */
  readonly onLostPhone: (() => void) | undefined;
  /** The person said they no longer have the current phone: the step starts without its code. */
  readonly withoutCurrent?: boolean | undefined;
}

/**
 * Changing the number from inside `<UnbindPhoneDialog>`: the step with Back in place of Cancel,
 * on the dialog's client (from the step context), with its own flow for this client and user.
 */
export function ChangeInstead({
  currentPhone,
  userId,
  resendSeconds,
  onPhoneChanged,
  onBack,
  onChanged,
  onLostPhone,
  withoutCurrent,
}: ChangeInsteadProps) {
  const { client } = useStep();
  const flow = useChangePhone({ client, currentPhone, userId, resendSeconds, onPhoneChanged });
  const to = flow.changedTo;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per number changed to
  useEffect(() => {
    if (to) onChanged(to);
  }, [to]);
  return (
    <ChangePhoneBody
      flow={flow}
      currentPhone={currentPhone}
      onBack={onBack}
      onLostPhone={onLostPhone}
      withoutCurrent={withoutCurrent}
    />
  );
}
