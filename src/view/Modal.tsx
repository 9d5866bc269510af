import { Component, type KeyboardEvent, type ReactNode, type SyntheticEvent, useId, useRef, useState } from 'react';
import type { PassCodeLength } from '../core/passCode';
import type { UnbindPhoneClient } from '../core/types';
import type { Translate } from '../i18n/messages';
import { StepContext, type StepContextValue, useClientLayoutEffect } from './context';
import { Notice } from './Notice';

export interface ModalProps {
  readonly open: boolean;
  /** The person asks to close (Escape, Close, Cancel): called unless a request holds the dialog. */
  readonly onClose: () => void;
  readonly title: string;
  readonly t: Translate;
  /** The dialog's language (BCP 47) and its direction. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly className: string | undefined;
  /** The flow's request has left: the dialog stays until its answer. */
  readonly busy: boolean;
  readonly client: UnbindPhoneClient;
  readonly codeLength: PassCodeLength;
  /** Runs as the dialog opens (before its body's effects). */
  readonly onOpen?: () => void;
  /** The body, given only while open. */
  readonly children: ReactNode;
}

/**
 * The modal shell of every dialog of the kit: a native `<dialog>` opened with `showModal()` (focus
 * containment, the top layer and `inert` come from the platform), focus put back where it was on
 * close, Tab kept inside, Escape and Close held while a request that has left awaits its answer,
 * whatever its body throws kept inside, and what the body needs given through `StepContext`. The
 * step shown and its phase are on the `<dialog>` as `data-step` and `data-phase` (`useShownStep`).
 */
export function Modal({
  open,
  onClose,
  title,
  t,
  lang,
  dir,
  className,
  busy: flowBusy,
  client,
  codeLength,
  onOpen,
  children,
}: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  // Once a request has left, the dialog stays until the answer: closing could not take the
  // request back, and the person would not know how it ended. Before that, closing cancels it.
  const [stepBusy, onBusy] = useState(false);
  const busy = flowBusy || stepBusy;
  const close = () => busy || onClose();

  // Firefox, opened from a control (its trigger): showModal() would make the page inert under the
  // focus, and Orca then moves into the dialog without a word: no "dialog", no title
  // (test/speech/__orca__/firefox). So focus leaves the control first and the dialog opens, body
  // and all, a moment later: the reader hears focus enter it. Elsewhere this changes nothing a
  // reader says (Chromium with Orca is silent either way), and the dialog opens at once.
  const [ready, setReady] = useState(false);
  const shownOpen = open && ready;
  useClientLayoutEffect(() => {
    if (!open) return setReady(false);
    const focused = document.activeElement as HTMLElement | null;
    if (focused && focused !== document.body && /Firefox\//.test(navigator.userAgent)) {
      opener.current = focused;
      focused.blur();
      const later = setTimeout(() => setReady(true), 100);
      return () => clearTimeout(later);
    }
    setReady(true);
  }, [open]);

  // A layout effect: the dialog must be open before the children's effects move focus into it
  // (the form mounts in the same commit, and focus() on a closed dialog is lost).
  useClientLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const shown = dialog.hasAttribute('open');
    if (shownOpen && !shown) {
      onOpen?.();
      opener.current ??= document.activeElement as HTMLElement | null;
      if (dialog.showModal) dialog.showModal();
      else {
        // No showModal (jsdom, a host's unit tests): open by the attribute and put focus where
        // showModal would (the autofocus control, else the first); Tab and Escape are the kit's own.
        dialog.setAttribute('open', '');
        (
          dialog.querySelector<HTMLElement>('[autofocus]') ?? dialog.querySelector<HTMLElement>('button,input')
        )?.focus();
      }
    } else if (shown || !open) {
      if (dialog.close) dialog.close();
      else dialog.removeAttribute('open');
      // Focus goes back where it was (a no-op if that element has left the page).
      opener.current?.focus();
      opener.current = null;
    }
  }, [shownOpen]);

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
  const onPlatformClose = () => {
    if (!open) return;
    if (busy) dialogRef.current?.showModal();
    else onClose();
  };
  const show = (step: string, phase: string) => Object.assign(dialogRef.current?.dataset ?? {}, { step, phase });

  return (
    <dialog
      ref={dialogRef}
      className={`upk-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      lang={lang}
      dir={dir}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      onClose={onPlatformClose}
    >
      {shownOpen && (
        <div className="upk-panel">
          <div className="upk-header">
            <h2 id={titleId} className="upk-title">
              {title}
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
          <StepContext.Provider value={{ t, client, codeLength, descriptionId, close, onBusy, show }}>
            <Contained>{children}</Contained>
          </StepContext.Provider>
        </div>
      )}
    </dialog>
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

/** Whatever goes wrong inside the dialog stays inside it: the host page keeps working. */
class Contained extends Component<{ children: ReactNode }, { failed: boolean }> {
  static override contextType = StepContext;
  declare context: StepContextValue;
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <Notice step="error" phase="failed" tone="danger" text={this.context.t('error.unknown')} />
    ) : (
      this.props.children
    );
  }
}
