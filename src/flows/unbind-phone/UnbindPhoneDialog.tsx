import { useEffect, useState } from 'react';
import type { PhoneNumber, UnbindPhoneClient } from '../../core/types';
import { callHost } from '../../hooks/callHost';
import { loadVerification } from '../../hooks/deferredVerification';
import { addEnglish } from '../../i18n/messages';
import { useStep } from '../../view/context';
import { type KitDialogProps, useDialogFrame } from '../../view/dialogFrame';
import { Modal } from '../../view/Modal';
import { Action, Notice } from '../../view/Notice';

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
  /**
   * Offer changing the number instead of removing it (a link in the phone step, a way forward
   * when the phone is the only login method). Default: when the client has `sendPhoneChangeCode`
   * and `changePhone`, or `onChangePhone` is given. `false` turns it off.
   */
  readonly offerChangePhone?: boolean | undefined;
  /** Your own page for changing the number: the dialog closes and calls it, in place of its own step. */
  readonly onChangePhone?: (() => void) | undefined;
  /** The number was changed in the dialog; the account query is already invalidated. */
  readonly onPhoneChanged?: ((from: PhoneNumber | null, to: PhoneNumber) => void) | undefined;
  /**
   * Your page for a person who no longer has the phone (account recovery, support): under
   * "Didn't get a code?", "I no longer have this phone" closes the dialog and calls it.
   */
  readonly onLostPhone?: (() => void) | undefined;
}

/**
 * A modal in which a signed-in person removes the phone number from their account: native
 * `<dialog>` with `showModal()`, so focus containment, the top layer and `inert` come from the
 * platform. Needs a react-query `QueryClientProvider` above it.
 */
export function UnbindPhoneDialog(props: UnbindPhoneDialogProps) {
  const { client, resendSeconds, onUnbound } = props;
  const frame = useDialogFrame(props);
  const flow = useUnbindPhone({ client, enabled: frame.open, resendSeconds, onUnbound });
  // Changing the number instead: for this open, client and user only; `to` once changed.
  const [changing, setChanging] = useState<Changing | null>(null);
  const userId = flow.account?.userId;
  const change = changing?.client === client && changing.userId === userId ? changing : null;
  // The lazy chunk: loaded, loading (undefined) or failed (null); loaded since, by any dialog.
  // Kept here, not in the body, so that its arrival renders the title too.
  const [fetched, setChunk] = useState<BlockedChunk | null | undefined>(blockedLoaded);
  const chunk = fetched ?? blockedLoaded ?? fetched;
  const { t } = frame;

  return (
    <Modal
      {...frame}
      title={
        change && chunk
          ? t(change.to ? 'change.done-title' : 'change.title')
          : t(flow.isUnbound ? 'success.title' : 'dialog.title')
      }
      busy={flow.unbindSent}
      onOpen={() => {
        setChanging(null);
        setChunk(blockedLoaded);
        void loadVerification();
        void loadBlocked();
      }}
    >
      <DialogBody
        flow={flow}
        dialog={props}
        change={change}
        chunk={chunk}
        setChunk={setChunk}
        onChange={(to, lost) => setChanging(to === undefined ? null : { client, userId, to, lost })}
      />
    </Modal>
  );
}

/**
 * The dialog is on the change-number step (`to`: null), or has changed the number; `lost`: the
 * person came by "I no longer have this phone".
 */
interface Changing {
  readonly client: UnbindPhoneClient;
  readonly userId: string | undefined;
  readonly to: PhoneNumber | null;
  readonly lost?: boolean | undefined;
}

/** What the dialog's body gets beside the step context: the flow, the dialog's props, the change state. */
interface BodyProps {
  readonly flow: UnbindPhoneController;
  readonly dialog: UnbindPhoneDialogProps;
  readonly change: Changing | null;
  readonly chunk: BlockedChunk | null | undefined;
  readonly setChunk: (chunk: BlockedChunk | null | undefined) => void;
  /** Goes to the change step (`null`; `lost`: without the current phone), back from it (`undefined`), or names the number changed to. */
  readonly onChange: (to: PhoneNumber | null | undefined, lost?: boolean) => void;
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
      addEnglish(chunk.enUSChangeMessages);
      addEnglish(chunk.enUSHelpMessages);
      blockedLoaded = chunk;
      return chunk;
    },
    () => {
      blockedChunk = undefined;
      return null;
    },
  ));

function DialogBody(props: BodyProps) {
  const { flow, dialog, change, chunk, setChunk, onChange } = props;
  const { onChangePhone, onLostPhone } = dialog;
  const { t, close, client } = useStep();
  // What the form says once the email step bound an address: for that client and user only.
  // (The callbacks below are always this render's: the email hook calls the latest one.)
  const [bound, setBound] = useState({ text: '', client, userId: undefined as string | undefined });
  const userId = flow.account?.userId;
  const boundText = bound.client === client && bound.userId === userId ? bound.text : '';
  const blocker = boundText && flow.blocker === 'only-login-method' ? null : flow.blocker;
  const phone = flow.account?.phone;
  const changeTo = change && (phone || change.to) ? change : null;
  const loading = (!!blocker || !!changeTo) && !chunk;
  // Changing the number instead: the host's own page, the dialog's own step, or not offered.
  // (`lost`: from "I no longer have this phone", the step without that phone's code.)
  const onChangeInstead =
    dialog.offerChangePhone !== false && (onChangePhone || (client.sendPhoneChangeCode && client.changePhone))
      ? (lost?: true) => {
          if (!onChangePhone) return onChange(null, lost === true);
          close();
          callHost('onChangePhone', onChangePhone);
        }
      : undefined;
  // Also once a code went out: "Didn't get a code?" comes with the chunk (without it, the form
  // goes on without that line).
  const wanted = loading || (flow.codeSent && !chunk);
  useEffect(() => {
    if (!wanted || chunk === null) return;
    let live = true;
    loadBlocked().then((loaded) => live && setChunk(loaded));
    return () => {
      live = false;
    };
  }, [wanted, chunk, setChunk]);

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
  if (changeTo && chunk) {
    return (
      <chunk.ChangeInstead
        resendSeconds={dialog.resendSeconds}
        onPhoneChanged={dialog.onPhoneChanged}
        onLostPhone={onLostPhone}
        withoutCurrent={changeTo.lost}
        currentPhone={(phone ?? changeTo.to) as PhoneNumber}
        userId={userId}
        onBack={() => onChange(undefined)}
        onChanged={onChange}
      />
    );
  }
  if (blocker && chunk) {
    return (
      <chunk.default
        onBindEmail={dialog.onBindEmail}
        onChangeInstead={onChangeInstead}
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
  return (
    <UnbindForm
      flow={flow}
      loading={loading}
      bound={boundText}
      onChangeInstead={onChangeInstead}
      onLostPhone={onLostPhone}
      Help={chunk?.CodeHelp}
    />
  );
}
