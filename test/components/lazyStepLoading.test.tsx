// The rare views' chunk on a slow line (see lazyStep.test.tsx): first in its own file, so that
// its fetch is this page's first.
import { http } from 'msw';
import { beforeAll, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';
import { renderDialog, startWorker, worker } from '../harness';
import { button, dialog, openDialog } from '../helpers';

beforeAll(startWorker);

test('while the rare views load, the dialog shows its loading form, never a blank body', async () => {
  // A slow line: the chunk arrives only when the test lets it, after the account said the phone
  // is the only way in.
  let release: (value?: unknown) => void = () => undefined;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  worker.use(http.get(/\/Blocked\.tsx/, () => held.then(() => undefined)));
  const { fake, queryClient } = renderDialog({ scenario: 'only-login-method' });
  await openDialog({ loaded: false });
  const account = () => queryClient.getQueriesData({ queryKey: unbindPhoneAccountQueryKey }).find(([, data]) => data);
  await expect.poll(account).toBeTruthy();
  await expect.element(dialog()).toHaveAccessibleDescription('Loading your account…');
  await expect.element(button('Send code')).toHaveFocus();
  await expect.element(button('Send code')).toHaveAttribute('aria-disabled', 'true');

  release();
  await expect.element(page.getByText(/This phone number is the only way you can sign in/)).toBeVisible();
  await expect.element(button('Cancel')).toHaveFocus();
  expect(fake.state().smsCount).toBe(0);
});
