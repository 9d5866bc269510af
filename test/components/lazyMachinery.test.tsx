// The verification machinery is a chunk the dialog fetches as it opens (it is needed once a person
// acts, not to show the page). Its fetch can fail like a request: then the action it was needed
// for fails as a request that could not reach the server, nothing is sent, and the next try
// fetches it anew. The module is fetched once per page, so this case is alone in its file.
import { HttpResponse, http } from 'msw';
import { beforeAll, expect, test } from 'vitest';
import { page, server, userEvent } from 'vitest/browser';
import { fakeAuthingHandlers } from '../../src/testing/msw';
import { renderDialog, startWorker, worker } from '../harness';
import { button, dialog, openDialog, requestsTo } from '../helpers';

beforeAll(startWorker);

test('a failed fetch of the machinery fails Send code as a lost connection would, and the next try fetches it', async () => {
  let fetches = 0;
  worker.use(
    http.get(/\/core\/verification\/verification\.ts/, () => {
      fetches += 1;
      return HttpResponse.error();
    }),
  );
  const { fake } = renderDialog();
  await openDialog();
  await expect.element(dialog()).toHaveAttribute('data-step', 'code');
  await userEvent.click(button('Send code'));
  await expect
    .element(page.getByRole('alert'))
    .toHaveAccessibleName('Could not reach the server. Check your connection and try again.');
  await expect.element(page.getByRole('alert')).toHaveFocus();
  await expect.element(dialog()).toHaveAttribute('data-phase', 'failed');
  expect(fetches).toBeGreaterThan(0);
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);

  worker.resetHandlers(...fakeAuthingHandlers(fake));
  await userEvent.click(button('Send code'));
  if (server.browser === 'firefox') {
    // Firefox ESR keeps a failed module fetch for the page's life: the same message again, and
    // still nothing sent (README, Browser support).
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
    return;
  }
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
  await expect.element(dialog()).toHaveAttribute('data-phase', 'code-sent');
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(1);
});
