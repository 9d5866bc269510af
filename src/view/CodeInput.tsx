import {
  type ChangeEvent,
  type ClipboardEvent,
  type ComponentPropsWithoutRef,
  type CompositionEvent,
  forwardRef,
  useRef,
} from 'react';
import { defaultPassCodeLength, extractPassCode, normalizePassCode, type PassCodeLength } from '../core/passCode';

export interface CodeInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'size'> {
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
// forwardRef, not a `ref` prop: React 18 does not pass `ref` to a function component, and
// react-hook-form's `register` hands its ref over that way.
export const CodeInput = forwardRef<HTMLInputElement, CodeInputProps>(function CodeInput(
  { codeLength = defaultPassCodeLength, className, onChange, onPaste, onCompositionEnd, ...props },
  ref,
) {
  // The code out of a pasted SMS, decided when the paste happens; applied on the change it makes.
  const pasted = useRef<string | null>(null);

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    // A whole SMS ("Your code is 123456") replaces the field with its code. Digits go in at the
    // caret like any paste (into an empty or selected field, that is the whole code anyway).
    pasted.current = /^\d*$/.test(normalizePassCode(text)) ? null : extractPassCode(text, codeLength);
    onPaste?.(event);
  };

  // Normalises, except during an IME composition: then the field belongs to the IME, and
  // rewriting it makes the IME insert its text again. The composition's end normalises it.
  const handleChange = (event: ChangeEvent<HTMLInputElement> | CompositionEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (!(event.nativeEvent as InputEvent).isComposing) {
      input.value = pasted.current ?? normalizePassCode(input.value);
      pasted.current = null;
    }
    // react-hook-form and controlled hosts read `target.value`, so the composition's end tells them too.
    onChange?.(event as ChangeEvent<HTMLInputElement>);
    if (event.type === 'compositionend') onCompositionEnd?.(event as CompositionEvent<HTMLInputElement>);
  };

  return (
    <input
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      maxLength={maxInputLength}
      className={`upk-code-input ${className ?? ''}`}
      onChange={handleChange}
      onPaste={handlePaste}
      onCompositionEnd={handleChange}
      {...props}
    />
  );
});
