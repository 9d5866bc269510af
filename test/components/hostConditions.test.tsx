// The conditions of real host apps, in the browser: another signed-in user, another client, the
// host's QueryClient defaults, an offline browser, host callbacks that throw, an IME, a paste at
// the caret, a system clock that moves, and answers that leave the outcome in doubt.
import { onlineManager } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Account, PhoneNumber, RequestOptions, UnbindPhoneClient } from '../../src/core/types';
import { UnbindPhoneError } from '../../src/core/UnbindPhoneError';
import type { Messages } from '../../src/i18n/messages';
import { hostDefaults, renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, dialog, openDialog, pasteInto, requestsTo, sendWait } from '../helpers';

beforeAll(startWorker);
afterEach(() => {
  worker.resetHandlers();
  vi.useRealTimers();
});

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new UnbindPhoneError('aborted'));
    });
  });

/** A backend with two users and a "signed in" switch, as a host's session store has. */
function twoUsers(phones: { A: string; B: string } = { A: '13800000001', B: '13900000002' }) {
  const accounts: Record<'A' | 'B', Account> = {
    A: {
      userId: 'a',
      phone: { number: phones.A, countryCode: '+86' },
      email: 'a@example.com',
      username: null,
      identities: [],
    },
    B: {
      userId: 'b',
      phone: { number: phones.B, countryCode: '+86' },
      email: 'b@example.com',
      username: null,
      identities: [],
    },
  };
  const log: string[] = [];
  const session = { user: 'A' as 'A' | 'B', profileDelayMs: 0 };
  const client: UnbindPhoneClient = {
    reportsDispatch: true,
    async getAccount({ signal }: RequestOptions = {}) {
      const user = session.user;
      await wait(session.profileDelayMs, signal);
      return accounts[user];
    },
    async sendUnbindCode(to: PhoneNumber, { onDispatch }: RequestOptions = {}) {
      onDispatch?.();
      log.push(`sms ${to.number} as ${session.user}`);
    },
    async unbindPhone(_: { passCode: string }, { onDispatch }: RequestOptions = {}) {
      onDispatch?.();
      log.push(`unbind as ${session.user}`);
      accounts[session.user] = { ...accounts[session.user], phone: null };
    },
  };
  return { client, log, session };
}

describe('identity: never another account', () => {
  test("after a user switch on the same QueryClient, the last user's phone is never shown or sent to", async () => {
    const users = twoUsers();
    renderDialog({ client: users.client });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('+86\u00a0138****0001'));
    await userEvent.click(button('Cancel'));

    users.session.user = 'B';
    // Long enough that the click below lands while it loads, in the slowest engine too.
    users.session.profileDelayMs = 2000;
    await openDialog({ loaded: false });
    // While B's profile loads: nothing of A, no action.
    await expect.element(page.getByText('Loading your account…')).toBeVisible();
    expect(document.querySelector('dialog')?.textContent).not.toContain('0001');
    // The form is there, but Send code waits for B's account: a click now sends nothing.
    await expect.element(button('Send code')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button('Send code'), { force: true });

    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('+86\u00a0139****0002'));
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Code sent to +86 139****0002.')).toBeVisible();
    expect(users.log).toEqual(['sms 13900000002 as B']);
  });

  test('a client switched while open: its own account, and the success names the phone removed', async () => {
    const first = twoUsers({ A: '13800000001', B: '' });
    const second = twoUsers({ A: '13700000003', B: '' });
    second.session.profileDelayMs = 300;
    const { rerender, calls } = renderDialog({ client: first.client });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('138****0001'));
    rerender({ client: second.client, open: true });
    await expect.element(page.getByText('Loading your account…')).toBeVisible();
    expect(document.querySelector('dialog')?.textContent).not.toContain('0001');
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('137****0003'));
    await userEvent.click(button('Send code'));
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText('+86 137****0003 is no longer linked to your account.')).toBeVisible();
    expect(calls.removed).toEqual([{ number: '13700000003', countryCode: '+86' }]);
    expect(first.log).toEqual([]);
  });

  test('two dialogs with two clients on one page each show their own account', async () => {
    const first = twoUsers({ A: '13800000001', B: '' });
    const second = twoUsers({ A: '13700000003', B: '' });
    renderDialog({ client: first.client });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('138****0001'));
    await userEvent.click(button('Cancel'));
    // The same QueryClient, another dialog with another client.
    const other = renderDialog({ client: second.client });
    await userEvent.click(page.getByRole('button', { name: 'Manage phone number' }).nth(1));
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('137****0003'));
    other.view.unmount();
  });
});

describe("the kit's own request rules, whatever the host's QueryClient says", () => {
  test('with retries in the defaults, one click sends one SMS and one submit one unbind', async () => {
    const { fake } = renderDialog({ queryClient: hostDefaults(), scenario: 'server-error' });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('The server could not do this right now.');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(1);

    fake.setScenario('happy');
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
    fake.setScenario('server-error');
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('The server could not do this right now.');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(1);
    // The host page is still there: the error went nowhere near the host's error boundary.
    await expect.element(button('Manage phone number')).toBeInTheDocument();
  });

  test('offline: requests run at once and fail with the network message; nothing runs when it is back', async () => {
    onlineManager.setOnline(false);
    onTestFinished(() => onlineManager.setOnline(true));
    const { fake } = renderDialog({ queryClient: hostDefaults() });
    await openDialog();
    worker.use(http.post('*/api/v3/send-sms', () => HttpResponse.error()));
    await userEvent.click(button('Send code'));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    await userEvent.click(button('Cancel'));
    onlineManager.setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
    expect(fake.state().smsCount).toBe(0);
  });
});

describe('host code that throws', () => {
  test('a throwing onUnbound: the success still shows, the page stays, the host developer is told', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDialog({
      props: {
        onUnbound: () => {
          throw new Error('host bug');
        },
      },
    });
    await openDialog();
    await userEvent.click(button('Send code'));
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    await expect.element(button('Manage phone number')).toBeInTheDocument();
    expect(reported).toHaveBeenCalledWith('unbind-phone-kit: onUnbound threw', expect.any(Error));
    reported.mockRestore();
  });

  test('a throwing onOpenChange and onBindEmail: the dialog still closes', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDialog({
      scenario: 'only-login-method',
      props: {
        open: undefined,
        defaultOpen: true,
        onOpenChange: () => {
          throw new Error('host bug');
        },
        onBindEmail: () => {
          throw new Error('host bug');
        },
      },
    });
    await userEvent.click(button('Bind an email'));
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(reported.mock.calls.map(([message]) => message)).toEqual([
      'unbind-phone-kit: onOpenChange threw',
      'unbind-phone-kit: onBindEmail threw',
    ]);
    reported.mockRestore();
  });

  test('a language pack that lacks keys falls back to English instead of throwing', async () => {
    const partial = { code: 'fr', messages: { 'dialog.title': 'Retirer le numéro' } as Messages };
    renderDialog({ props: { locale: partial } });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName('Retirer le numéro');
    await expect.element(button('Send code')).toBeVisible();
  });

  test('a custom client that returns a broken account: a message in the dialog, the page intact', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      getAccount: async () => ({
        userId: 'x',
        phone: { number: 13812345678 },
        email: 'e',
        username: null,
        identities: [],
      }),
      sendUnbindCode: async () => undefined,
      unbindPhone: async () => undefined,
    } as unknown as UnbindPhoneClient;
    renderDialog({ client: broken });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleDescription('Something went wrong. Try again.');
    await userEvent.click(button('Close'));
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(button('Manage phone number')).toBeVisible();
    reported.mockRestore();
  });
});

describe('after an answer that leaves the outcome in doubt', () => {
  /** The fake's own client, whose unbind reaches the server and then fails on our side. */
  const failingAfterTheServer = (kind: 'timeout' | 'network', client: UnbindPhoneClient): UnbindPhoneClient => ({
    ...client,
    reportsDispatch: true,
    getAccount: (options) => client.getAccount(options),
    sendUnbindCode: (phone, options) => client.sendUnbindCode(phone, options),
    async unbindPhone(input, options) {
      await client.unbindPhone(input, options);
      throw new UnbindPhoneError(kind);
    },
  });

  test.each(['timeout', 'network'] as const)(
    'a %s after the server removed the phone ends in success, and the host hears it',
    async (kind) => {
      const { createFakeAuthing } = await import('../../src/testing');
      const fake = createFakeAuthing();
      const { calls } = renderDialog({ client: failingAfterTheServer(kind, fake.client) });
      await openDialog();
      await userEvent.click(button('Send code'));
      await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
      await userEvent.fill(codeInput(), '123456');
      await userEvent.click(button('Remove phone'));
      await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
      expect(calls.removed).toEqual([{ number: '13812345678', countryCode: '+86' }]);
    },
  );

  test('a timeout when the phone is still there says so, and the form is ready again', async () => {
    const { fake, calls } = renderDialog({ unbindDelayMs: 2000, timeoutMs: 300 });
    await openDialog();
    await userEvent.click(button('Send code'));
    await userEvent.fill(codeInput(), '123456');
    worker.use(http.post('*/api/v3/unbind-phone', () => new Promise(() => undefined)));
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('The server took too long to answer. Try again.');
    expect(fake.state().account.phone).not.toBeNull();
    expect(calls.unbound).toBe(0);
    await expect.element(button('Remove phone')).toBeVisible();
  });
});

describe('input as people really type and paste it', () => {
  test.each([
    ['digits pasted after typed ones go in at the caret', '12', false, '3456', '123456'],
    [
      'a whole SMS pasted after typed digits replaces them with its code',
      '12',
      false,
      'Your code is 654321, valid for 5 minutes.',
      '654321',
    ],
    ['a code pasted over a selected field replaces it', '999', true, '4321', '4321'],
  ] as const)('%s', async (_, typed, selectAll, pasted, expected) => {
    renderDialog();
    await openDialog();
    await userEvent.click(button('Send code'));
    await userEvent.type(codeInput(), typed);
    if (selectAll) (codeInput().element() as HTMLInputElement).select();
    await pasteInto(codeInput().element() as HTMLElement, pasted);
    await expect.element(codeInput()).toHaveValue(expected);
  });
});

describe('the countdown and the phone as people read them', () => {
  test.each([
    ['forward an hour', 3_600_000],
    ['back an hour', -3_600_000],
  ])('the system clock moved %s does not change the wait', async (_, jump) => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    renderDialog();
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(sendWait(/Send again in (60|59) s/)).toBeVisible();
    vi.setSystemTime(Date.now() + jump);
    vi.advanceTimersByTime(1000);
    await expect.element(sendWait(/Send again in (60|59|58) s/)).toBeVisible();
  });

  // Never "a minute" when the server asks for ten; and a Retry-After that is no sane wait is ignored.
  test.each([
    ['a wait over a minute reads in minutes', '600', 'Send again in 10 min'],
    ['a silly Retry-After is ignored: the default wait applies', '1e9', /Send again in (60|59) s/],
  ] as const)('%s', async (_, retryAfter, countdown) => {
    renderDialog();
    await openDialog();
    worker.use(
      http.post('*/api/v3/send-sms', () =>
        HttpResponse.json(
          { statusCode: 429, message: 'too often' },
          { status: 429, headers: { 'retry-after': retryAfter } },
        ),
      ),
    );
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a while, then try again.');
    await expect.element(sendWait(countdown)).toBeVisible();
  });

  test('a phone without a country code is shown without one', async () => {
    renderDialog({ account: { phoneCountryCode: null } });
    await openDialog();
    await expect
      .element(dialog())
      .toHaveAccessibleDescription(
        'Remove 138****5678 from your account. First we send a verification code to this number.',
      );
  });

  test('a phone stored with its country code shows it once', async () => {
    renderDialog({ account: { phone: '+8613812345678', phoneCountryCode: '+86' } });
    await openDialog();
    await expect
      .element(dialog())
      .toHaveAccessibleDescription(expect.stringContaining('Remove +86\u00a0138****5678 from'));
  });
});
