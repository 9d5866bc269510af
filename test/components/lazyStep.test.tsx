// The rare views (no phone, only login method, the email step) are a chunk the dialog fetches as
// it opens. Its fetch is a request like any other: it can be slow, and it can fail. The module
// is fetched once per page, so each case that needs a fresh fetch is first in its own file:
// this one fails the first fetch (the next is in lazyStepLoading.test.tsx).
import { HttpResponse, http } from 'msw';
import { beforeAll, expect, test } from 'vitest';
import { page, server, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, dialog, openDialog } from '../helpers';

beforeAll(startWorker);

test('a failed fetch of the rare views says so with Try again, and Try again fetches them anew', async () => {
  let fetches = 0;
  // An offline moment, or a chunk name a redeploy replaced.
  worker.use(
    http.get(/\/Blocked\.tsx/, () => {
      fetches += 1;
      return HttpResponse.error();
    }),
  );
  renderDialog({ scenario: 'only-login-method' });
  await openDialog({ loaded: false });
  await expect
    .element(dialog())
    .toHaveAccessibleDescription('Could not reach the server. Check your connection and try again.');
  await expect.element(button('Try again')).toHaveFocus();
  expect(fetches).toBeGreaterThan(0);

  worker.resetHandlers();
  await userEvent.click(button('Try again'));
  if (server.browser === 'firefox') {
    // Firefox ESR keeps a failed module fetch for the page's life (the HTML standard's old rule):
    // the kit asks again, the engine answers from its map without a request. The dialog says so
    // again, with Try again, and the page stays whole; a reload mends it (README, Browser support).
    await expect
      .element(dialog())
      .toHaveAccessibleDescription('Could not reach the server. Check your connection and try again.');
    await expect.element(button('Try again')).toHaveFocus();
    return;
  }
  await expect.element(page.getByText(/This phone number is the only way you can sign in/)).toBeVisible();
  await expect.element(button('Cancel')).toHaveFocus();
});
