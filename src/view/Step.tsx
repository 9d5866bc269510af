import { type ReactNode, useEffect, useId, useRef } from 'react';
import { type FieldValues, type Path, type Resolver, useForm } from 'react-hook-form';
import type { PassCodeLength } from '../core/passCode';
import type { UnbindPhoneError, UnbindPhoneErrorKind } from '../core/UnbindPhoneError';
import type { MessageKey, Translate } from '../i18n/messages';
import { Alert } from './Notice';

/** "4 to 6" or "6": how long the code is, in the step's words. */
export const lengthText = (t: Translate, { min, max }: PassCodeLength) =>
  min === max ? `${min}` : t('code.length-range', { min, max });

/**
 * A step's form, the same rules for every flow: react-hook-form with a zod schema; validation on
 * submit, not at every key (after a wrong code, typing must not flip the message to "too short"
 * and back); each failure shown once, on the field it is about (a form issue, or the server's
 * answer of a kind listed for that field) or else in the alert; and focus moved, once the message
 * is on the page (so the field is announced with it), to the first field at fault (a code the
 * server refused is selected, to be typed anew; what the form refused is mended, caret kept) or
 * to the alert.
 *
 * `fields` lists the form's fields in their order with the server kinds that belong under each;
 * `say` turns a text key (a form issue or `error.<kind>`) into the step's words.
 */
export function useStepForm<F extends FieldValues>({
  resolver,
  defaultValues,
  error,
  fields,
  say,
  waiting,
}: {
  resolver: Resolver<F>;
  defaultValues?: F;
  error: UnbindPhoneError | null;
  /** The wait before the next code runs: an expired code then says when a new one can be sent. */
  waiting: boolean;
  fields: { readonly [name in Path<F>]?: readonly UnbindPhoneErrorKind[] };
  say: (key: MessageKey) => string;
}) {
  const form = useForm<F>({
    resolver,
    defaultValues: defaultValues as never,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const { errors, submitCount } = form.formState;
  const names = Object.keys(fields) as Path<F>[];
  const serverOn = (name: Path<F>) => !!error && !!fields[name]?.includes(error.kind);
  // The text key of what is wrong with a field: the form's issue first, else the server's answer.
  const problem = (name: Path<F>) =>
    (errors[name]?.message as MessageKey | undefined) ??
    (serverOn(name)
      ? (`error.${error?.kind}${waiting && error?.kind === 'code-expired' ? '-wait' : ''}` as MessageKey)
      : '');
  const alert = error && !names.some(serverOn) ? error : null;
  const alertRef = useRef<HTMLDivElement>(null);
  const first = names.find(problem);
  const issue = first && errors[first];
  // biome-ignore lint/correctness/useExhaustiveDependencies: every failed attempt moves focus anew
  useEffect(() => {
    if (first) form.setFocus(first, { shouldSelect: !issue && !!error?.kind.includes('code') });
    else alertRef.current?.focus();
  }, [first, issue, error, submitCount]);

  return {
    form,
    fieldError: (name: Path<F>) => {
      const key = problem(name);
      return key && say(key);
    },
    alert: alert && <Alert alertRef={alertRef} error={alert} text={say(`error.${alert.kind}`)} />,
  };
}

export interface FieldControl {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * One field of a step: its label, its control (or a row with the control and its Send button),
 * its hint and its error, with the ids and `aria-describedby` made here: the hint, then the error;
 * without a hint, `describedBy` until there is an error.
 */
export function Field({
  label,
  hint,
  error,
  describedBy,
  children,
}: {
  label: string;
  hint?: string;
  error: string;
  describedBy?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const hintId = hint && `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="upk-field">
      <label htmlFor={id} className="upk-label">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? (hintId ? `${hintId} ${errorId}` : errorId) : hintId || describedBy,
      })}
      {hint && (
        <p id={hintId} className="upk-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="upk-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A step's buttons. Those that leave the step (Back, Cancel) wait once the request has left
 * (`held`): focusable, announced as unavailable, and doing nothing when pressed.
 */
export function StepButton({
  held,
  link,
  onClick,
  children,
}: {
  held: boolean;
  /** Drawn as a link: another way on, beside the step's own buttons. */
  link?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={link ? 'upk-link' : 'upk-button'}
      aria-disabled={held || undefined}
      onClick={() => held || onClick()}
    >
      {children}
    </button>
  );
}

/** The step's submit button: busy while its request runs (spinner, `aria-busy`, presses ignored by the flow). */
export function Submit({ busy, tone, children }: { busy: boolean; tone: 'danger' | 'primary'; children: ReactNode }) {
  return (
    <button
      type="submit"
      className={`upk-button upk-button--${tone}`}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
    >
      {busy && <span className="upk-spinner" aria-hidden />}
      {children}
    </button>
  );
}
