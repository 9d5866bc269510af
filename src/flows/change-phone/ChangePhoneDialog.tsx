import type { ReactNode } from 'react';
import type { PhoneNumber } from '../../core/types';
import { loadVerification } from '../../hooks/deferredVerification';
import { useAccountSession } from '../../hooks/useAccountSession';
import { enUSChangeMessages } from '../../i18n/en-US-change';
import { enUSHelpMessages } from '../../i18n/en-US-help';
import { useStep } from '../../view/context';
import { type KitDialogProps, useDialogFrame } from '../../view/dialogFrame';
import { Modal } from '../../view/Modal';
import { Action, Notice } from '../../view/Notice';
import { ChangePhoneBody } from './ChangePhoneBody';
import { useChangePhone } from './useChangePhone';

export interface ChangePhoneDialogProps extends KitDialogProps {
  /** The number was changed; the account query is already invalidated. */
  readonly onPhoneChanged?: ((from: PhoneNumber | null, to: PhoneNumber) => void) | undefined;
  /** Your page for a person who no longer has the current phone: the dialog closes and calls it. */
  readonly onLostPhone?: (() => void) | undefined;
}

// The step's English travels with it, "Didn't get a code?" too.
const english = { ...enUSChangeMessages, ...enUSHelpMessages };

/**
 * A modal in which a signed-in person changes the phone number of their account: a code to the
 * new number, a code to the current one, then the change. The same shell, step view and
 * verification machinery as `<UnbindPhoneDialog>`; the client must have `sendPhoneChangeCode` and
 * `changePhone`. Needs a react-query `QueryClientProvider`.
 */
export function ChangePhoneDialog(props: ChangePhoneDialogProps) {
  const { client, resendSeconds, onPhoneChanged, onLostPhone } = props;
  const frame = useDialogFrame(props, english);
  const { t } = frame;
  const { query, account } = useAccountSession(client, frame.open);
  const flow = useChangePhone({
    client,
    currentPhone: account?.phone ?? null,
    userId: account?.userId,
    resendSeconds,
    onPhoneChanged,
  });

  // While the account loads, the step is there already and says "Loading…" (focus placed once,
  // on the new number, as the dialog opens).
  const failure = flow.changedTo || account?.phone ? null : (query.error ?? (account ? { kind: 'no-phone' } : null));
  const body: ReactNode = failure ? (
    <Failed text={t(`error.${failure.kind}` as 'error.unknown')} retry={() => void query.refetch()} />
  ) : (
    <ChangePhoneBody flow={flow} currentPhone={account?.phone ?? flow.changedTo} onLostPhone={onLostPhone} />
  );
  return (
    <Modal
      {...frame}
      title={t(flow.changedTo ? 'change.done-title' : 'change.title')}
      busy={flow.changeSent}
      onOpen={() => void loadVerification()}
    >
      {body}
    </Modal>
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
