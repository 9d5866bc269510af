// The dialog says which step it shows and where that step's flow stands, as `data-step` and
// `data-phase` on the <dialog>: for a host's CSS and tests (README, "Styling and testing hooks").
import { beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker } from '../harness';
import { button, codeInput, dialog, openDialog, typeCode } from '../helpers';

beforeAll(startWorker);

const at = async (step: string, phase: string) => {
  await expect.element(dialog()).toHaveAttribute('data-step', step);
  await expect.element(dialog()).toHaveAttribute('data-phase', phase);
};

test('the phone step: idle, code-sent, failed after a wrong code, then done', async () => {
  const { fake } = renderDialog();
  await openDialog();
  await at('code', 'idle');
  await userEvent.click(button('Send code'));
  await at('code', 'code-sent');

  // One edit over the whole field (typeCode), not WebDriver's clear-then-keys, which raced the
  // field's select-on-failure in a loaded WebKit run and left a mixed code.
  await typeCode('000000');
  await userEvent.click(button('Remove phone'));
  await expect.element(page.getByText('That code is not right. Check the SMS and try again.')).toBeVisible();
  await at('code', 'failed');

  const code = fake.state().sentCode ?? '';
  await typeCode(code);
  await expect.element(codeInput()).toHaveValue(code);
  await userEvent.click(button('Remove phone'));
  await at('done', 'done');
});

test('the blocked views and the email step name themselves', async () => {
  renderDialog({ scenario: 'only-login-method', props: { onBindEmail: undefined } });
  await openDialog();
  await at('only-login-method', 'idle');
  await userEvent.click(button('Bind an email'));
  await at('bind-email', 'idle');
  await userEvent.fill(page.getByLabelText('Email', { exact: true }), 'han.mei@example.com');
  await userEvent.click(button('Send code'));
  await at('bind-email', 'code-sent');
});

test('an account that could not be read is the failed step', async () => {
  renderDialog({ scenario: 'unauthenticated' });
  await openDialog({ loaded: false });
  await at('failed', 'idle');
});
