import { useMemo, useState } from 'react';
import type { PassCodeLength } from '../core/passCode';
import type { UnbindPhoneClient } from '../core/types';
import { callHost } from '../hooks/callHost';
import type { BindEmailSession } from '../hooks/useBindEmail';
import type { UnbindBlocker } from '../hooks/useUnbindPhone';
import { enUSBlockedMessages } from '../i18n/en-US-blocked';
import { createTranslator, type LocalePack, type Messages, resolveMessages } from '../i18n/messages';
import BindEmailStep from './BindEmailStep';
import { Action, Notice } from './Notice';

/** What the blocked views need from the dialog around them, and nothing of the unbind flow. */
export interface BlockedProps {
  readonly blocker: UnbindBlocker;
  readonly client: UnbindPhoneClient;
  readonly userId: string | undefined;
  readonly locale: LocalePack | undefined;
  readonly messages: Partial<Messages> | undefined;
  readonly codeLength: PassCodeLength;
  readonly descriptionId: string;
  readonly onBindEmail: (() => void) | undefined;
  readonly close: () => void;
  readonly onBusy: (busy: boolean) => void;
  /** The email is bound: the dialog reads the account again and goes on to the phone, saying so. */
  readonly onBound: (confirmation: string, session: BindEmailSession) => unknown;
}

/**
 * What the dialog shows when the phone cannot go yet: no phone, or the phone is the only login
 * method, with the way forward (the host's own page, or the dialog's email step). Few people
 * meet these, so they are a chunk of their own, which the dialog fetches as it opens; their
 * texts travel with them.
 */
export default function Blocked({ blocker, client, locale, messages, close, onBindEmail, ...step }: BlockedProps) {
  const t = useMemo(
    () => createTranslator({ ...enUSBlockedMessages, ...resolveMessages(locale, messages) }),
    [locale, messages],
  );
  const [emailing, setEmailing] = useState(false);
  const only = blocker === 'only-login-method';
  const host = only ? onBindEmail : undefined;
  // The dialog's own step when the host has no page for it and the client can bind an email.
  const inline = only && !host && !!client.sendBindEmailCode && !!client.bindEmail;

  if (inline && emailing) {
    return (
      <BindEmailStep
        {...step}
        client={client}
        t={t}
        locale={locale}
        messages={messages}
        onBack={() => setEmailing(false)}
        onCancel={close}
      />
    );
  }
  const forward = host || inline;
  return (
    <Notice descriptionId={step.descriptionId} tone="warning" text={t(`error.${blocker}`)}>
      <Action primary={!forward} focus describedBy={step.descriptionId} onClick={close}>
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
