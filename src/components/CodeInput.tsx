import {
  type ChangeEvent,
  type ClipboardEvent,
  type ComponentPropsWithRef,
  type CompositionEvent,
  useRef,
} from 'react';
import { defaultPassCodeLength, extractPassCode, normalizePassCode, type PassCodeLength } from '../core/passCode';

export interface CodeInputProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'size'> {
  /** Digits the code may have; a pasted message is searched for a run of this length. */
  readonly codeLength?: PassCodeLength | undefined;
}

/** No code is this long; the cap keeps a huge paste from costing anything. */
const maxInputLength = 64;

/**
 * One real `<input>` for an SMS code, so autofill from the SMS, paste, password managers and
 * screen readers all work. It normalises as the person types: full-width and other digit forms
 * become ASCII, spaces and dashes go; a pasted message ("Your code is 123456") yields its code.
 * Works uncontrolled (react-hook-form's `register`) or controlled.
 */
export function CodeInput({
  codeLength = defaultPassCodeLength,
  className,
  onChange,
  onPaste,
  onCompositionEnd,
  ...props
}: CodeInputProps) {
  // What a paste should leave in the field, decided when it happens; applied on the change it makes.
  const pasted = useRef<string | null>(null);

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const text = event.clipboardData.getData('text');
    const code = extractPassCode(text, codeLength);
    // A whole SMS, or a whole code into an empty or fully selected field, replaces the field;
    // anything else goes in at the caret like any paste (and is normalised with the rest).
    const replacesAll = input.value === '' || (input.selectionStart === 0 && input.selectionEnd === input.value.length);
    pasted.current = code && (replacesAll || !/^[\d\s-]*$/.test(normalizePassCode(text))) ? code : null;
    onPaste?.(event);
  };

  const normalise = (input: HTMLInputElement) => {
    const next = (pasted.current ?? normalizePassCode(input.value)).slice(0, maxInputLength);
    pasted.current = null;
    if (next === input.value) return;
    // Keep the caret where the person was, less what normalising took out before it.
    const before = normalizePassCode(input.value.slice(0, input.selectionStart ?? input.value.length)).length;
    input.value = next;
    input.setSelectionRange(Math.min(before, next.length), Math.min(before, next.length));
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    // During an IME composition the field belongs to the IME: rewriting it makes the IME insert
    // its text again. Normalise when the composition ends.
    if (!(event.nativeEvent as InputEvent).isComposing) normalise(event.currentTarget);
    onChange?.(event);
  };

  const handleCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    const before = event.currentTarget.value;
    normalise(event.currentTarget);
    // Tell the form about the normalised value (react-hook-form reads `target`).
    if (event.currentTarget.value !== before) onChange?.(event as unknown as ChangeEvent<HTMLInputElement>);
    onCompositionEnd?.(event);
  };

  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      enterKeyHint="done"
      maxLength={maxInputLength}
      className={className ? `upk-code-input ${className}` : 'upk-code-input'}
      onChange={handleChange}
      onPaste={handlePaste}
      onCompositionEnd={handleCompositionEnd}
      {...props}
    />
  );
}
