import { type ChangeEvent, type ClipboardEvent, type ComponentPropsWithRef, useRef } from 'react';
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
  ...props
}: CodeInputProps) {
  const pasted = useRef<string | null>(null);

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    pasted.current = event.clipboardData.getData('text');
    onPaste?.(event);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const fromPaste = pasted.current;
    pasted.current = null;
    const whole = fromPaste !== null && input.value.length >= Math.min(fromPaste.length, maxInputLength);
    const next = (whole && extractPassCode(fromPaste, codeLength)) || normalizePassCode(input.value);
    if (next !== input.value) input.value = next.slice(0, maxInputLength);
    onChange?.(event);
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
      {...props}
    />
  );
}
