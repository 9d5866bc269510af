import { zodResolver } from '@hookform/resolvers/zod';
import {
  Component,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useForm } from 'react-hook-form';
import { maskPhone } from '../core/account';
import {
  createPassCodeSchema,
  type PassCodeForm,
  type PassCodeLengthOption,
  resolvePassCodeLength,
} from '../core/passCode';
import type { PhoneNumber, UnbindPhoneClient } from '../core/types';
import type { UnbindPhoneError } from '../core/UnbindPhoneError';
import { callHost } from '../hooks/callHost';
import { type UnbindPhoneController, useUnbindPhone } from '../hooks/useUnbindPhone';
import {
  createTranslator,
  type LocalePack,
  type MessageKey,
  type Messages,
  resolveMessages,
  type Translate,
} from '../i18n/messages';
import type { BlockedProps } from './Blocked';
import { CodeInput } from './CodeInput';
import { Action, Alert, formRules, Notice } from './Notice';
import { SendCodeButton } from './SendCodeButton';

export interface UnbindPhoneDialogProps {
  /** The backend: `createAuthingClient(...)`, `fromAuthingSdk(sdk)`, or your own. */
  readonly client: UnbindPhoneClient;
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
  /** The phone was removed; the account query is already invalidated. */
  readonly onUnbound?: ((removed: PhoneNumber) => void) | undefined;
  /**
   * The way forward when the phone is the only login method: your own page for it. Without it,
   * a client with `sendBindEmailCode` and `bindEmail` gets the dialog's own email step; any other
   * shows the explanation only.
   */
  readonly onBindEmail?: (() => void) | undefined;
  /** The language: `enUS` (built in, default), `zhCN`, or your own `LocalePack`. */
  readonly locale?: LocalePack | undefined;
  /** Overrides for any text, by key (the keys: `enUSMessages`). */
  readonly messages?: Partial<Messages> | undefined;
  /** Digits in the SMS code: a number, or `{ min, max }`. Default 4 to 6. */
  readonly codeLength?: PassCodeLengthOption | undefined;
  /** Seconds between two SMS. Default 60, Authing's one-per-minute rule. */
  readonly resendSeconds?: number | undefined;
  readonly className?: string | undefined;
}

/**
 * A modal in which a signed-in person removes the phone number from their account: native
 * `<dialog>` with `showModal()`, so focus containment, the top layer and `inert` come from the
 * platform. Needs a react-query `QueryClientProvider` above it.
 */
export function UnbindPhoneDialog({
  client,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  onUnbound,
  onBindEmail,
  locale,
  messages,
  codeLength,
  resendSeconds,
  className,
}: UnbindPhoneDialogProps) {
  // Controlled when `open` is given, else kept here; the host hears of every change either way.
  const [own, setOwn] = useState(defaultOpen);
  const open = openProp ?? own;
  const setOpen = (next: boolean) => {
    setOwn(next);
    callHost('onOpenChange', onOpenChange, next);
  };
  const flow = useUnbindPhone({ client, enabled: open, resendSeconds, onUnbound });
  const t = useMemo(() => createTranslator(resolveMessages(locale, messages)), [locale, messages]);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  // Once the unbind request has left, the dialog stays until the answer: closing could not take
  // the request back, and the person would not know whether the phone is still bound. Before
  // that (while the access token is fetched, say), closing cancels it for real.
  const [stepBusy, setStepBusy] = useState(false);
  const busy = flow.unbindSent || stepBusy;
  const close = () => {
    if (!busy) setOpen(false);
  };

  // A layout effect: the dialog must be open before the children's effects move focus into it
  // (on a second open the form mounts in the same commit, and focus() on a closed dialog is lost).
  useClientLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      void loadBlocked();
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      // Focus goes back where it was (a no-op if that element has left the page).
      opener.current?.focus();
      opener.current = null;
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Tab') keepTabInside(event);
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    close();
  };
  // The platform may close the dialog on its own (a second Escape without user activation).
  const onClose = () => {
    if (!open) return;
    if (busy) dialogRef.current?.showModal();
    else setOpen(false);
  };

  return (
    <dialog
      ref={dialogRef}
      className={`upk-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      lang={locale?.code ?? 'en-US'}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClose={onClose}
    >
      {open && (
        <div className="upk-panel">
          <div className="upk-header">
            <h2 id={titleId} className="upk-title">
              {t(flow.isUnbound ? 'success.title' : 'dialog.title')}
            </h2>
            <button
              type="button"
              className="upk-close"
              aria-label={t('dialog.close')}
              aria-disabled={busy || undefined}
              onClick={close}
            >
              {/* Its size and stroke are in styles.css (one place for the look, fewer bytes here). */}
              <svg viewBox="0 0 16 16" aria-hidden>
                <path d="M3.5 3.5l9 9m0-9l-9 9" />
              </svg>
            </button>
          </div>
          <Contained fallback={<Notice descriptionId={descriptionId} tone="danger" text={t('error.unknown')} />}>
            <DialogBody
              flow={flow}
              t={t}
              locale={locale}
              messages={messages}
              codeLength={resolvePassCodeLength(codeLength)}
              descriptionId={descriptionId}
              onBindEmail={onBindEmail}
              close={close}
              client={client}
              onBusy={setStepBusy}
            />
          </Contained>
        </div>
      )}
    </dialog>
  );
}

/** What every view of the dialog's body gets: the blocked views' props, the flow and the translator. */
interface BodyProps
  extends Pick<
    BlockedProps,
    'client' | 'locale' | 'messages' | 'codeLength' | 'descriptionId' | 'onBindEmail' | 'close' | 'onBusy'
  > {
  readonly flow: UnbindPhoneController;
  readonly t: Translate;
}

type BlockedChunk = typeof import('./Blocked');
// The states few people meet (no phone, only login method, the email step) are a chunk of their
// own, fetched as the dialog opens (the opening effect), like a request: a failed fetch is not
// kept, so the next try (Try again, or the next open) fetches it anew.
let blockedChunk: Promise<BlockedChunk | null> | undefined;
let blockedLoaded: BlockedChunk | undefined;
/** Resolves with the chunk, or `null` when its fetch failed (never rejects: the opening prefetch too). */
const loadBlocked = () =>
  (blockedChunk ??= import('./Blocked').then(
    (chunk) => (blockedLoaded = chunk),
    () => {
      blockedChunk = undefined;
      return null;
    },
  ));

function DialogBody(props: BodyProps) {
  const { flow, t, descriptionId, close, client } = props;
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
        descriptionId={descriptionId}
        tone="success"
        text={t('success.body', { phone: phoneText(flow.removedPhone) })}
      >
        <Action primary focus describedBy={descriptionId} onClick={close}>
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
      <Notice descriptionId={descriptionId} tone="danger" text={t(failure ? `error.${failure.kind}` : 'error.network')}>
        <Action focus={signIn} describedBy={descriptionId} onClick={close}>
          {t('dialog.cancel')}
        </Action>
        <Action
          primary
          focus={!signIn}
          describedBy={descriptionId}
          onClick={failure ? flow.reloadAccount : () => setChunk(undefined)}
        >
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
  return <UnbindForm {...props} loading={loading} bound={boundText} />;
}

function UnbindForm({
  flow,
  t,
  locale,
  messages,
  codeLength,
  descriptionId,
  close,
  loading,
  bound,
}: BodyProps & { loading: boolean; bound: string }) {
  const id = useId();
  const inputId = `${id}-code`;
  const hintId = `${id}-hint`;
  const fieldErrorId = `${id}-field-error`;
  const statusId = `${id}-status`;
  // Keyed by the numbers: `codeLength` is a fresh object on every render of the dialog.
  const { min, max } = codeLength;
  const schema = useMemo(() => createPassCodeSchema({ min, max }), [min, max]);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, submitCount },
  } = useForm<PassCodeForm>({
    resolver: zodResolver(schema),
    ...formRules,
  });
  const alertRef = useRef<HTMLDivElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const lengthText = min === max ? `${min}` : t('code.length-range', { min, max });

  const { error } = flow;
  const codeProblem = error && (error.kind === 'invalid-code' || error.kind === 'code-expired') ? error : null;
  const fieldError = errors.passCode?.message
    ? t(errors.passCode.message as MessageKey, { length: lengthText })
    : codeProblem
      ? errorText(t, codeProblem)
      : null;
  const alert = error && !codeProblem ? error : null;

  // Focus follows what the person must do next: the failure to read, or the code to fix.
  const invalid = errors.passCode;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every failed submit moves focus anew
  useEffect(() => {
    // A wrong code is typed anew (selected); a code the form refused is mended (caret kept).
    if (codeProblem || invalid) setFocus('passCode', { shouldSelect: !!codeProblem });
    else if (alert) alertRef.current?.focus();
  }, [codeProblem, alert, invalid, submitCount, setFocus]);

  useEffect(() => {
    if (flow.codeSent) setFocus('passCode');
    else sendRef.current?.focus();
  }, [flow.codeSent, setFocus]);
  // On open, the form is there (it shows "Loading…" until the account arrives) and showModal()
  // puts focus straight on Send code: one focus move, not Close and then Send code. A layout
  // effect runs before the dialog's, which opens it; React's autoFocus would not set the attribute.
  useClientLayoutEffect(() => {
    // biome-ignore lint/style/noNonNullAssertion: the button is rendered with the form
    sendRef.current!.autofocus = true;
  }, []);

  const onSubmit = handleSubmit(async ({ passCode }) => {
    await flow.unbind(passCode);
  });

  const describedBy = fieldError ? `${hintId} ${fieldErrorId}` : hintId;

  return (
    <form className="upk-body" noValidate onSubmit={onSubmit}>
      {/* Polite: "Loading…" becomes the phone to remove while focus is on Send code. */}
      <p id={descriptionId} className="upk-description" aria-live="polite">
        {t(loading || flow.isLoadingAccount ? 'dialog.loading' : 'dialog.description', {
          phone: phoneText(flow.phone),
        })}
      </p>

      <div className="upk-field">
        <label htmlFor={inputId} className="upk-label">
          {t('code.label')}
        </label>
        <div className="upk-code-row">
          <CodeInput
            id={inputId}
            codeLength={codeLength}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
            readOnly={flow.isUnbinding}
            {...register('passCode')}
          />
          <SendCodeButton
            ref={sendRef}
            availableAt={flow.resendAvailableAt}
            pending={flow.isSending}
            sent={flow.codeSent}
            aria-disabled={loading || flow.isLoadingAccount}
            // What the status line says is heard with the button ("Email … is bound. Now remove the phone.").
            aria-describedby={statusId}
            locale={locale}
            messages={messages}
            onClick={() => loading || void flow.sendCode()}
          />
        </div>
        <p id={hintId} className="upk-hint">
          {t('code.hint', { length: lengthText })}
        </p>
        {fieldError && (
          <p id={fieldErrorId} className="upk-field-error" role="alert">
            {fieldError}
          </p>
        )}
      </div>

      <p id={statusId} className="upk-status" role="status">
        {flow.codeSent
          ? t(flow.codeMaybeSent ? 'send.maybe-sent' : 'send.sent', { phone: phoneText(flow.phone) })
          : bound}
      </p>

      {alert && <Alert alertRef={alertRef} t={t} error={alert} text={errorText(t, alert)} />}

      <div className="upk-actions">
        <button type="button" className="upk-button" aria-disabled={flow.unbindSent || undefined} onClick={close}>
          {t('dialog.cancel')}
        </button>
        <button
          type="submit"
          className="upk-button upk-button--danger"
          aria-disabled={flow.isUnbinding || undefined}
          aria-busy={flow.isUnbinding || undefined}
        >
          {flow.isUnbinding && <span className="upk-spinner" aria-hidden />}
          {t(flow.isUnbinding ? 'submit.pending' : 'submit.idle')}
        </button>
      </div>
    </form>
  );
}

// A modal dialog makes the page inert, but Tab from its last control still leaves for the
// browser's own UI; wrap around instead, as a person expects from a modal.
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  // In the order Tab moves: from the last control, focus goes to the first.
  const inside = [...event.currentTarget.querySelectorAll<HTMLElement>('button,input')];
  if (event.shiftKey) inside.reverse();
  if (document.activeElement === inside.at(-1)) {
    event.preventDefault();
    inside[0]?.focus();
  }
}

// React 18 warns about useLayoutEffect while rendering on a server, where it would do nothing anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function phoneText(phone: PhoneNumber | null): string {
  return phone ? maskPhone(phone) : '';
}

function errorText(t: Translate, error: UnbindPhoneError): string {
  return t(`error.${error.kind}`);
}

/** Whatever goes wrong inside the dialog stays inside it: the host page keeps working. */
class Contained extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
