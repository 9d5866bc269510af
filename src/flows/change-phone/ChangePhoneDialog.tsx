import { type ReactNode, useMemo, useState } from 'react';
import { maskPhone } from '../../core/account';
import { type PassCodeLengthOption, resolvePassCodeLength } from '../../core/passCode';
import type { PhoneNumber, UnbindPhoneClient } from '../../core/types';
import { callHost } from '../../hooks/callHost';
import { loadVerification } from '../../hooks/deferredVerification';
import { useAccountSession } from '../../hooks/useAccountSession';
import { enUSChangeMessages } from '../../i18n/en-US-change';
import { addEnglish, createTranslator, type LocalePack, type Messages } from '../../i18n/messages';
import { useStep } from '../../view/context';
import { Modal } from '../../view/Modal';
import { Action, Notice } from '../../view/Notice';
import { ChangePhoneStep } from './ChangePhoneStep';
import { type ChangePhoneController, useChangePhone } from './useChangePhone';

export interface ChangePhoneDialogProps {
  /** The backend; it must have `sendPhoneChangeCode` and `changePhone`. */
  readonly client: UnbindPhoneClient;
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** The number was changed; the account query is already invalidated. */
  readonly onPhoneChanged?: ((from: PhoneNumber | null, to: PhoneNumber) => void) | undefined;
  readonly locale?: LocalePack | undefined;
  readonly messages?: Partial<Messages> | undefined;
  readonly codeLength?: PassCodeLengthOption | undefined;
  readonly resendSeconds?: number | undefined;
  readonly className?: string | undefined;
}

/**
 * A modal in which a signed-in person changes the phone number of their account: a code to the
 * new number, a code to the current one, then the change. The same shell, step view and
 * verification machinery as `<UnbindPhoneDialog>`. Needs a react-query `QueryClientProvider`.
 */
export function ChangePhoneDialog({
  client,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  onPhoneChanged,
  locale,
  messages,
  codeLength,
  resendSeconds,
  className,
}: ChangePhoneDialogProps) {
  const [own, setOwn] = useState(defaultOpen);
  const open = openProp ?? own;
  const { query, account } = useAccountSession(client, open);
  const flow = useChangePhone({
    client,
    currentPhone: account?.phone ?? null,
    userId: account?.userId,
    resendSeconds,
    onPhoneChanged,
  });
  const t = useMemo(() => {
    // The step's English travels with it: every translator falls back on it from now on.
    addEnglish(enUSChangeMessages);
    return createTranslator(locale, messages);
  }, [locale, messages]);

  let body: ReactNode;
  if (flow.changedTo) body = <Changed flow={flow} />;
  else if (account?.phone) body = <ChangePhoneStep flow={flow} currentPhone={account.phone} />;
  else {
    const failure = query.error ?? (account ? { kind: 'no-phone' } : null);
    body = failure ? (
      <Failed text={t(`error.${failure.kind}` as 'error.unknown')} retry={() => void query.refetch()} />
    ) : (
      <Loading />
    );
  }
  return (
    <Modal
      open={open}
      onClose={() => {
        setOwn(false);
        callHost('onOpenChange', onOpenChange, false);
      }}
      title={t(flow.changedTo ? 'change.done-title' : 'change.title')}
      t={t}
      lang={locale?.code ?? 'en-US'}
      className={className}
      busy={flow.changeSent}
      client={client}
      codeLength={resolvePassCodeLength(codeLength)}
      onOpen={() => void loadVerification()}
    >
      {body}
    </Modal>
  );
}

function Changed({ flow }: { flow: ChangePhoneController }) {
  const { t, close } = useStep();
  const to = flow.changedTo as PhoneNumber;
  return (
    <Notice step="done" phase={flow.phase} tone="success" text={t('change.done', { phone: maskPhone(to) })}>
      <Action primary focus described onClick={close}>
        {t('success.done')}
      </Action>
    </Notice>
  );
}

function Loading() {
  const { t, descriptionId } = useStep();
  return (
    <p id={descriptionId} className="upk-body upk-description" aria-live="polite">
      {t('dialog.loading')}
    </p>
  );
}

function Failed({ text, retry }: { text: string; retry: () => void }) {
  const { t, close } = useStep();
  return (
    <Notice step="failed" phase="failed" tone="danger" text={text}>
      <Action described onClick={close}>
        {t('dialog.cancel')}
      </Action>
      <Action primary focus described onClick={retry}>
        {t('dialog.retry')}
      </Action>
    </Notice>
  );
}
