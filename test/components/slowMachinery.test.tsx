// The verification machinery is a chunk the dialog fetches as it opens. On a slow line it may
// still be on its way when the person presses Send code: the press is answered at once
// ("Sending…"), Close still cancels it (nothing has left), and nothing is sent when the chunk
// comes after the dialog closed. The module is fetched once per page, so this case is alone in
// its file.
import { http, passthrough } from 'msw';
import { beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, dialog, openDialog, requestsTo } from '../helpers';

beforeAll(startWorker);

test('Send code pressed while the machinery is on its way says "Sending…" at once; Close then cancels it', async () => {
  // The module's answer is held until the test lets it go (not for a time: a loaded machine
  // could take longer to get here than any delay).
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let served = false;
  worker.use(
    http.get(/\/core\/verification\/verification\.ts/, async () => {
      await held;
      served = true;
      return passthrough();
    }),
  );
  const { fake } = renderDialog();
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(button('Sending…')).toBeVisible();
  await expect.element(dialog()).toHaveAttribute('data-phase', 'sending');

  await userEvent.click(button('Cancel'));
  await expect.element(dialog()).not.toBeInTheDocument();
  release();
  await expect.poll(() => served, { timeout: 5000 }).toBe(true);
  await new Promise((settled) => setTimeout(settled, 300));
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);

  // Opened again, the machinery is here: one press, one code.
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(1);
});
