// Chromium only (test/engines/README.md): WebKitWebDriver's key synthesis does not deliver this
// full-width, CJK address as typed (the field read back as no address); Chromium's does, as an
// IME's commit would. The normalisation itself is node-tested in test/core/email.test.ts.
import { afterEach, beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';
import { button, openDialog, requestsTo } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

const emailInput = () => page.getByLabelText('Email', { exact: true });

test('an address typed through an IME or with an IDN domain is sent as servers store it', async () => {
  const { fake } = renderDialog({ scenario: 'only-login-method', props: { onBindEmail: undefined } });
  await openDialog();
  await userEvent.click(button('Bind an email'));
  await userEvent.fill(emailInput(), ' ｈａｎ．ｍｅｉ＠例え．ＪＰ ');
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to han.mei@xn--r8jz45g.jp.')).toBeVisible();
  expect(requestsTo(fake.state().requests, '/api/v3/send-email').map((r) => r.body)).toEqual([
    { channel: 'CHANNEL_BIND_EMAIL', email: 'han.mei@xn--r8jz45g.jp' },
  ]);
});
