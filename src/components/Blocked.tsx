import { useMemo, useState } from 'react';
import { callHost } from '../hooks/callHost';
import { enUSBlockedMessages } from '../i18n/en-US-blocked';
import { createTranslator, resolveMessages } from '../i18n/messages';
import BindEmailStep from './BindEmailStep';
import { Action, Notice } from './Notice';
import type { BodyProps } from './UnbindPhoneDialog';

export interface BlockedProps extends BodyProps {
  /** The email is bound: the dialog reads the account again and goes on to the phone, saying so. */
  readonly onBound: (confirmation: string) => unknown;
}

/**
 * What the dialog shows when the phone cannot go yet: no phone, or the phone is the only login
 * method, with the way forward (the host's own page, or the dialog's email step). Few people
 * meet these, so they are a chunk of their own, which the dialog fetches as it opens.
 */
export default function Blocked(props: BlockedProps) {
  const { flow, locale, messages, descriptionId, close, client, onBindEmail } = props;
  const t = useMemo(
    () => createTranslator({ ...enUSBlockedMessages, ...resolveMessages(locale, messages) }),
    [locale, messages],
  );
  const [emailing, setEmailing] = useState(false);
  const only = flow.blocker === 'only-login-method';
  const host = only ? onBindEmail : undefined;
  // The dialog's own step when the host has no page for it and the client can bind an email.
  const inline = only && !host && !!client.sendBindEmailCode && !!client.bindEmail;

  if (inline && emailing) {
    return <BindEmailStep {...props} t={t} onBack={() => setEmailing(false)} onCancel={close} />;
  }
  const forward = host || inline;
  return (
    <Notice descriptionId={descriptionId} tone="warning" text={t(`error.${flow.blocker ?? 'no-phone'}`)}>
      <Action primary={!forward} focus describedBy={descriptionId} onClick={close}>
        {t(forward ? 'dialog.cancel' : 'blocked.acknowledge')}
      </Action>
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
