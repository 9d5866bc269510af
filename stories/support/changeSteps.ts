import { expect, waitFor } from 'storybook/test';
import { type LocaleCode, textsFor } from './texts';

/** What a story's play gives that the change step's helpers use. */
interface PlayContext {
  args: { locale?: LocaleCode | undefined };
  globals: { locale?: string };
  canvas: {
    findByLabelText: (text: string) => Promise<HTMLElement>;
    getByLabelText: (text: string) => HTMLElement;
    getAllByRole: (role: string, options: { name: string }) => HTMLElement[];
    findByText: (text: string, options?: object, wait?: { timeout: number }) => Promise<HTMLElement>;
  };
  userEvent: {
    type: (element: Element, text: string) => Promise<void>;
    click: (element: Element) => Promise<void>;
    keyboard: (keys: string) => Promise<void>;
  };
}

// What waits on the fake's answer (the account read, a code sent) allows more than Testing
// Library's 1 s: on a loaded machine (CI runs three engines) Firefox once took longer.
const answered = { timeout: 5000 };

/**
 * Presses a button as a keyboard user does: focus on it, then Enter. (A click moves focus and
 * starts the send in one go, and a screen reader then says "Send code" or "Sending…" by timing.)
 */
async function press(context: PlayContext, button: HTMLElement) {
  button.focus();
  await waitFor(() => expect(button).toHaveFocus());
  // Time for a reader to speak the focused button before it changes.
  await new Promise((spoken) => setTimeout(spoken, 50));
  await context.userEvent.keyboard('{Enter}');
}

/** In the change step: types the new number, sends its code and types it, as a person does. */
export async function fillNew(context: PlayContext, number = '139 8765 4321') {
  const { canvas, userEvent } = context;
  const t = textsFor(context);
  const field = await canvas.findByLabelText(t('change.number-label'));
  await waitFor(() => expect(field).toHaveFocus());
  // <ChangePhoneDialog> shows the step while it reads the account, and sends nothing before.
  const sendFirst = () => canvas.getAllByRole('button', { name: t('send.idle') })[0];
  await waitFor(() => expect(sendFirst()).not.toHaveAttribute('aria-disabled'), answered);
  await userEvent.type(field, number);
  const [toNew] = canvas.getAllByRole('button', { name: t('send.idle') });
  await press(context, toNew as HTMLElement);
  await canvas.findByText(t('send.sent', { phone: '+86 139****4321' }), {}, answered);
  await userEvent.type(canvas.getByLabelText(t('change.new-code-label')), '123456');
}

/** In the change step: the new number and its code (`fillNew`), then the code to the current phone. */
export async function fillBoth(context: PlayContext, number = '139 8765 4321') {
  const { canvas, userEvent } = context;
  const t = textsFor(context);
  await fillNew(context, number);
  const [toCurrent] = canvas.getAllByRole('button', { name: t('send.idle') });
  await press(context, toCurrent as HTMLElement);
  const current = canvas.getByLabelText(t('change.current-code-label', { phone: '+86 138****5678' }));
  await waitFor(() => expect(current).toHaveFocus(), answered);
  await userEvent.type(current, '123456');
}
