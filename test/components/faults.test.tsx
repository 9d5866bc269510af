import { delay, HttpResponse, http } from 'msw';
import { afterEach, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createAuthingClient } from '../../src/core/authing/createAuthingClient';
import { fakeApiCodeKinds, fakeAppHost } from '../../src/testing';
import { fakeAuthingHandlers } from '../../src/testing/msw';
import { renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, dialog, openDialog, requestsTo, sendWait } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

type Resolver = Parameters<typeof http.post>[1];
const envelope = (body: Record<string, unknown>, init?: ResponseInit) =>
  HttpResponse.json({ requestId: 'req-fault', ...body }, init);

/**
 * Each server fault, answered to the unbind request of an otherwise healthy fake Authing,
 * through the real createAuthingClient and msw's service worker.
 */
const unbindFaults: [string, Resolver, string][] = [
  [
    'HTTP 500 with JSON',
    () => envelope({ statusCode: 500, message: 'Internal' }, { status: 500 }),
    'The server could not do this right now. Try again later.',
  ],
  [
    'HTTP 502 with an HTML page',
    () => HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
    'The server could not do this right now. Try again later.',
  ],
  [
    '200 with malformed JSON',
    () => new HttpResponse('{"statusCode":200,', { headers: { 'content-type': 'application/json' } }),
    'The server sent an answer we could not read. Try again later.',
  ],
  [
    '200 with JSON that misses statusCode',
    () => HttpResponse.json({ message: 'ok' }),
    'The server sent an answer we could not read. Try again later.',
  ],
  [
    'an envelope with an unknown apiCode',
    () => envelope({ statusCode: 400, apiCode: 4_242_424, message: '未知错误' }),
    'The server could not do this right now. Try again later.',
  ],
  [
    'a body of 5 MB',
    () =>
      new HttpResponse(JSON.stringify({ statusCode: 200, message: 'x'.repeat(5 * 1024 * 1024) }), {
        headers: { 'content-type': 'application/json' },
      }),
    'The server sent an answer we could not read. Try again later.',
  ],
  [
    'a response that never comes',
    async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    'The server took too long to answer. Try again.',
  ],
  ['the network down', () => HttpResponse.error(), 'Could not reach the server. Check your connection and try again.'],
  [
    'a 401 expired token',
    () => envelope({ statusCode: 401, apiCode: 2020, message: 'token expired' }, { status: 401 }),
    'Your session has expired. Sign in again, then try once more.',
  ],
  [
    'rate limited on unbind',
    () => envelope({ statusCode: 429, message: 'too often' }, { status: 429, headers: { 'retry-after': '30' } }),
    'Too many attempts. Wait a while, then try again.',
  ],
];

async function sendAndSubmit() {
  await openDialog();
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
  await userEvent.fill(codeInput(), '123456');
  await userEvent.click(button('Remove phone'));
}

describe('server faults on unbind', () => {
  test.each(unbindFaults)('%s: a specific message, and the form works again', async (_, resolver, text) => {
    // A short timeout only where the answer never comes: a 5 MB body took longer than 400 ms to
    // arrive on a busy machine, and the test then said "took too long" instead of "could not read".
    const { fake } = renderDialog({ timeoutMs: text.startsWith('The server took too long') ? 400 : 10_000 });
    worker.use(http.post('*/api/v3/unbind-phone', resolver));
    await sendAndSubmit();
    await expect.element(page.getByRole('alert')).toHaveTextContent(text);
    await expect.element(page.getByRole('alert')).toHaveFocus();

    // The fault passes: the same form, untouched, now succeeds.
    worker.resetHandlers(...fakeAuthingHandlers(fake));
    await expect.element(codeInput()).toHaveValue('123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
  });

  test('rate limited on send: the message, and the wait the server asked for', async () => {
    renderDialog();
    worker.use(
      http.post('*/api/v3/send-sms', () =>
        envelope({ statusCode: 429, message: 'too often' }, { status: 429, headers: { 'retry-after': '30' } }),
      ),
    );
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a while, then try again.');
    await expect.element(sendWait(/Send again in (30|29) s/)).toBeVisible();
  });

  test('the phone already unbound by another tab: the dialog says there is no phone', async () => {
    renderDialog({ scenario: 'unbound-elsewhere' });
    await sendAndSubmit();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('no phone number any more'));
  });

  test('only-login-method from the server: the specific explanation, never a generic failure', async () => {
    renderDialog({ scenario: 'only-login-method-late' });
    await sendAndSubmit();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('only way you can sign in'));
    expect(document.body.textContent).not.toContain('Something went wrong');
  });

  test('a script in the server message is shown as text, never run or parsed', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    renderDialog();
    worker.use(
      http.post('*/api/v3/unbind-phone', () => envelope({ statusCode: 500, message: payload }, { status: 500 })),
    );
    await sendAndSubmit();
    await expect.element(page.getByText(`Server message: ${payload}`)).toBeVisible();
    expect(document.querySelector('dialog img, dialog script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('lifecycle faults', () => {
  /** Watches the abort signal of every unbind request the page sends. */
  function watchUnbindSignals() {
    const signals: AbortSignal[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input).includes('/unbind-phone') && init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    onTestFinished(() => {
      globalThis.fetch = realFetch;
    });
    return signals;
  }

  // Once the unbind request has left, closing cannot take it back: the dialog stays (Close, Cancel
  // and Escape visibly do nothing) until the answer, and an unmount does not abort it either.
  test('once the unbind has left, Close, Cancel and Escape wait for the answer', async () => {
    const signals = watchUnbindSignals();
    // Seconds, not hundreds of ms: the three attempts to close must all land while it is out,
    // in every engine (Firefox's driver takes a good part of a second per action here).
    const { calls } = renderDialog({ unbindDelayMs: 4000 });
    await sendAndSubmit();
    await expect.element(button('Removing…')).toBeVisible();
    await expect.element(button('Close')).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button('Cancel')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button('Close'), { force: true });
    await userEvent.click(button('Cancel'), { force: true });
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    expect(signals.map((signal) => signal.aborted)).toEqual([false]);
    expect(calls.unbound).toBe(1);
    expect(calls.openChanges).not.toContain(false);
  });

  test('unmounted after the unbind left: not aborted, and the host still hears the phone is gone', async () => {
    const signals = watchUnbindSignals();
    const { view, calls, fake } = renderDialog({ unbindDelayMs: 2000 });
    await sendAndSubmit();
    await expect.element(button('Removing…')).toBeVisible();
    view.unmount();
    await vi.waitFor(() => expect(calls.unbound).toBe(1), { timeout: 3000 });
    expect(signals.map((signal) => signal.aborted)).toEqual([false]);
    expect(fake.state().account.phone).toBeNull();
  });

  test('the host closes it after the unbind left: the host still hears, and a reopen reads the account anew', async () => {
    const { calls, rerender } = renderDialog({ unbindDelayMs: 2000 });
    await sendAndSubmit();
    await expect.element(button('Removing…')).toBeVisible();
    rerender({ open: false });
    await expect.element(dialog()).not.toBeInTheDocument();
    await vi.waitFor(() => expect(calls.unbound).toBe(1), { timeout: 3000 });
    rerender({ open: true });
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('no phone number any more'));
  });

  test('closed while the access token is still being fetched: the unbind never leaves', async () => {
    let release: (token: string) => void = () => undefined;
    const slowOnce = { slow: false };
    const client = createAuthingClient({
      appHost: fakeAppHost,
      appId: 'app-1',
      apiCodeKinds: fakeApiCodeKinds,
      getAccessToken: () =>
        slowOnce.slow ? new Promise<string>((resolve) => (release = resolve)) : 'test-access-token',
    });
    const { fake, calls } = renderDialog({ client });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
    await userEvent.fill(codeInput(), '123456');
    slowOnce.slow = true;
    await userEvent.click(button('Remove phone'));
    await expect.element(button('Removing…')).toBeVisible();
    // Not sent yet: closing is allowed, and cancels for real.
    await expect.element(button('Close')).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button('Close'));
    await expect.element(dialog()).not.toBeInTheDocument();
    release('test-access-token');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(0);
    expect(calls.unbound).toBe(0);
  });

  test('closed while the SMS is being sent: the send is aborted and nothing shows after', async () => {
    // A server slow enough that the close lands first in every engine (Firefox is far slower here).
    const { calls } = renderDialog({ delayMs: 3000 });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(button('Sending…')).toBeVisible();
    await userEvent.click(button('Cancel'));
    await expect.element(dialog()).not.toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await openDialog();
    await expect.element(button('Send code')).toBeVisible();
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(calls.unbound).toBe(0);
  });

  test("two dialogs on one page keep their own ids and share the one phone's SMS wait", async () => {
    const { fake } = renderDialog({ copies: 2 });
    const triggers = page.getByRole('button', { name: 'Manage phone number' });
    await userEvent.click(triggers.nth(0));
    // Once the account is read (until then Send code waits, and WebKit's driver clicks it anyway).
    await expect.element(page.getByText(/^Remove \+86/)).toBeVisible();
    await userEvent.click(button('Send code'));
    await expect.element(sendWait(/Send again in/)).toBeVisible();
    await userEvent.click(button('Cancel'));
    await userEvent.click(triggers.nth(1));
    await expect.element(sendWait(/Send again in/)).toBeVisible();
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fake.state().smsCount).toBe(1);
  });
});
