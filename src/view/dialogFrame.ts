import { useMemo, useState } from 'react';
import { type PassCodeLengthOption, resolvePassCodeLength } from '../core/passCode';
import type { UnbindPhoneClient } from '../core/types';
import { callHost } from '../hooks/callHost';
import { addEnglish, createTranslator, type LocalePack, type Messages } from '../i18n/messages';
import type { ModalProps } from './Modal';

/** The props every dialog of the kit takes, with the same meaning in each. */
export interface KitDialogProps {
  /** The backend: `createAuthingClient(...)`, `fromAuthingSdk(sdk)`, or your own. */
  readonly client: UnbindPhoneClient;
  readonly open?: boolean | undefined;
  readonly defaultOpen?: boolean | undefined;
  readonly onOpenChange?: ((open: boolean) => void) | undefined;
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
 * The shared props turned into what the dialog's `Modal` takes: open controlled when `open` is
 * given, else kept here (the host hears of every change either way), and the translator, which
 * from now on also falls back on `english` (the texts a flow brings with it).
 */
export function useDialogFrame(props: KitDialogProps, english?: Partial<Messages>) {
  const { locale, messages, onOpenChange } = props;
  const [own, setOwn] = useState(props.defaultOpen ?? false);
  const open = props.open ?? own;
  const t = useMemo(() => {
    if (english) addEnglish(english);
    return createTranslator(locale, messages);
  }, [locale, messages, english]);
  const frame: Omit<ModalProps, 'title' | 'busy' | 'children'> = {
    open,
    onClose: () => {
      setOwn(false);
      callHost('onOpenChange', onOpenChange, false);
    },
    t,
    lang: locale?.code ?? 'en-US',
    dir: locale?.dir ?? 'ltr',
    className: props.className,
    client: props.client,
    codeLength: resolvePassCodeLength(props.codeLength),
  };
  return frame;
}
