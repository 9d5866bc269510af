import { useState } from 'react';
import { callHost } from '../../hooks/callHost';
import { useStep } from '../../view/context';
import { Action, Notice } from '../../view/Notice';
import BindEmailStep from '../bind-email/BindEmailStep';
import type { BindEmailSession } from '../bind-email/useBindEmail';
import type { UnbindBlocker } from './useUnbindPhone';

/** What the blocked views need from the dialog beside the step context, and nothing of the unbind flow. */
export interface BlockedProps {
  readonly blocker: UnbindBlocker;
  /** The unbind flow's phase, for the dialog's `data-phase` while a blocker shows. */
  readonly phase: string;
  readonly userId: string | undefined;
  readonly onBindEmail: (() => void) | undefined;
  /** Changing the number, when the dialog offers it: a way forward from the only-login-method state. */
  readonly onChangeInstead: (() => void) | undefined;
  /** The email is bound: the dialog reads the account again and goes on to the phone, saying so. */
  readonly onBound: (confirmation: string, session: BindEmailSession) => unknown;
}

/**
 * What the dialog shows when the phone cannot go yet: no phone, or the phone is the only login
 * method, with the way forward (the host's own page, or the dialog's email step). Few people
 * meet these, so they are a chunk of their own, which the dialog fetches as it opens; their
 * texts travel with them.
 */
export default function Blocked({ blocker, phase, userId, onBindEmail, onChangeInstead, onBound }: BlockedProps) {
  const { t, client, close } = useStep();
  const [emailing, setEmailing] = useState(false);
  const only = blocker === 'only-login-method';
  const host = only ? onBindEmail : undefined;
  // The dialog's own step when the host has no page for it and the client can bind an email.
  const inline = only && !host && !!client.sendBindEmailCode && !!client.bindEmail;
  const forward = host || inline;
  // Changing the number keeps the person signing in by phone: the other way forward.
  const change = only ? onChangeInstead : undefined;

  return inline && emailing ? (
    <BindEmailStep userId={userId} onBack={() => setEmailing(false)} onBound={onBound} />
  ) : (
    <Notice step={blocker} phase={phase} tone="warning" text={t(`error.${blocker}`)}>
      <Action primary={!forward && !change} focus described onClick={close}>
        {t(forward || change ? 'dialog.cancel' : 'blocked.acknowledge')}
      </Action>
      {change && (
        <Action primary={!forward} onClick={change}>
          {t('change.instead')}
        </Action>
      )}
      {forward && (
        <Action
          primary
          onClick={() => {
            if (!host) return setEmailing(true);
            close();
            callHost('onBindEmail', host);
          }}
        >
          {t('blocked.bind-email')}
        </Action>
      )}
    </Notice>
  );
}

// The dialog adds them to its English as it loads this chunk.
export { enUSBlockedMessages } from '../../i18n/en-US-blocked';
export { enUSChangeMessages } from '../../i18n/en-US-change';
export { enUSHelpMessages } from '../../i18n/en-US-help';
// "Didn't get a code?": shown once a code went out, long after this chunk came.
export { CodeHelp } from '../../view/CodeHelp';
// Changing the number from inside the dialog comes with this chunk too: few people choose it.
export { ChangeInstead, type ChangeInsteadProps } from '../change-phone/ChangePhoneBody';
