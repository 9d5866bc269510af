import { useEffect, useState } from 'react';
import type { PhoneNumber } from '../../core/types';
import { loadVerification } from '../../hooks/deferredVerification';
import { addEnglish } from '../../i18n/messages';
import { useStep } from '../../view/context';
import { type KitDialogProps, useDialogFrame } from '../../view/dialogFrame';
import { Modal } from '../../view/Modal';
import { Action, Notice } from '../../view/Notice';
import type { BlockedProps } from './Blocked';
import { phoneText, UnbindForm } from './UnbindForm';
import { type UnbindPhoneController, useUnbindPhone } from './useUnbindPhone';

export interface UnbindPhoneDialogProps extends KitDialogProps {
  /** The phone was removed; the account query is already invalidated. */
  readonly onUnbound?: ((removed: PhoneNumber) => void) | undefined;
  /**
   * The way forward when the phone is the only login method: your own page for it. Without it,
   * a client with `sendBindEmailCode` and `bindEmail` gets the dialog's own email step; any other
   * shows the explanation only.
   */
  readonly onBindEmail?: (() => void) | undefined;
}

/**
 * A modal in which a signed-in person removes the phone number from their account: native
 * `<dialog>` with `showModal()`, so focus containment, the top layer and `inert` come from the
 * platform. Needs a react-query `QueryClientProvider` above it.
 */
export function UnbindPhoneDialog(props: UnbindPhoneDialogProps) {
  const { client, resendSeconds, onUnbound, onBindEmail } = props;
  const frame = useDialogFrame(props);
  const flow = useUnbindPhone({ client, enabled: frame.open, resendSeconds, onUnbound });

  return (
    <Modal
      {...frame}
      title={frame.t(flow.isUnbound ? 'success.title' : 'dialog.title')}
      busy={flow.unbindSent}
      onOpen={() => {
        void loadVerification();
        void loadBlocked();
      }}
    >
      <DialogBody flow={flow} onBindEmail={onBindEmail} />
    </Modal>
  );
}

/** What the dialog's body gets beside the step context: the flow, and what the blocked views need. */
interface BodyProps extends Pick<BlockedProps, 'onBindEmail'> {
  readonly flow: UnbindPhoneController;
}

type BlockedChunk = typeof import('./Blocked');
// The states few people meet (no phone, only login method, the email step) are a chunk of their
// own, fetched as the dialog opens (the opening effect), like a request: a failed fetch is not
// kept, so the next try (Try again, or the next open) fetches it anew. Their English texts come
// with them, and every translator has them from then on.
let blockedChunk: Promise<BlockedChunk | null> | undefined;
let blockedLoaded: BlockedChunk | undefined;
/** Resolves with the chunk, or `null` when its fetch failed (never rejects: the opening prefetch too). */
const loadBlocked = () =>
  (blockedChunk ??= import('./Blocked').then(
    (chunk) => {
      addEnglish(chunk.enUSBlockedMessages);
      blockedLoaded = chunk;
      return chunk;
    },
    () => {
      blockedChunk = undefined;
      return null;
    },
  ));

function DialogBody(props: BodyProps) {
  const { flow } = props;
  const { t, close, client } = useStep();
  // What the form says once the email step bound an address: for that client and user only.
  // (The callbacks below are always this render's: the email hook calls the latest one.)
  const [bound, setBound] = useState({ text: '', client, userId: undefined as string | undefined });
  const userId = flow.account?.userId;
  const boundText = bound.client === client && bound.userId === userId ? bound.text : '';
  // The blocked chunk: loaded, loading (undefined) or failed (null).
  const [chunk, setChunk] = useState<BlockedChunk | null | undefined>(blockedLoaded);
  const blocker = boundText && flow.blocker === 'only-login-method' ? null : flow.blocker;
  const loading = !!blocker && !chunk;
  useEffect(() => {
    if (!loading || chunk === null) return;
    let live = true;
    loadBlocked().then((loaded) => live && setChunk(loaded));
    return () => {
      live = false;
    };
  }, [loading, chunk]);

  if (flow.isUnbound) {
    return (
      <Notice
        step="done"
        phase={flow.phase}
        tone="success"
        text={t('success.body', { phone: phoneText(flow.removedPhone) })}
      >
        <Action primary focus described onClick={close}>
          {t('success.done')}
        </Action>
      </Notice>
    );
  }
  const failure = flow.accountError && !flow.account ? flow.accountError : chunk === null && loading ? null : undefined;
  if (failure !== undefined) {
    // An expired session is mended by signing in again, which the host does: Cancel comes first.
    const signIn = failure?.kind === 'unauthenticated';
    return (
      <Notice
        step="failed"
        phase={flow.phase}
        tone="danger"
        text={t(failure ? `error.${failure.kind}` : 'error.network')}
      >
        <Action focus={signIn} described onClick={close}>
          {t('dialog.cancel')}
        </Action>
        <Action primary focus={!signIn} described onClick={failure ? flow.reloadAccount : () => setChunk(undefined)}>
          {t('dialog.retry')}
        </Action>
      </Notice>
    );
  }
  if (blocker && chunk) {
    return (
      <chunk.default
        {...props}
        blocker={blocker}
        phase={flow.phase}
        userId={userId}
        onBound={async (text, from) => {
          // A late answer for another user or client goes no further (the line shows only to its
          // own user and client, below).
          if (from.client !== client || from.userId !== userId) return;
          await flow.reloadAccount();
          flow.reset();
          setBound({ text, ...from });
        }}
      />
    );
  }
  // While the blocked chunk loads, the form says "Loading…" (no blank body, focus placed once).
  return <UnbindForm flow={flow} loading={loading} bound={boundText} />;
}
