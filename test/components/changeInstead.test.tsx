// Changing the number from inside <UnbindPhoneDialog> (issue 22 item 2), in a real browser on the
// Authing adapter over HTTP (msw): the link in the phone step, the way forward when the phone is
// the only login method, Back, the whole change, the host's own page, and the session rules.
import { onlineManager } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PhoneNumber, RequestOptions, UnbindPhoneClient } from '../../src/core/types';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';
import { createFakeAuthing } from '../../src/testing';
import { authingClient, hostDefaults, loseAnswer, renderDialog, startWorker, worker } from '../harness';
import { button, dialog, enter, expectNumberChanged, openDialog, requestsTo } from '../helpers';

beforeAll(startWorker);

const changeLink = () => button('Change the number instead');
const numberField = () => page.getByLabelText('New number', { exact: true });
const newCode = () => page.getByLabelText('Code to the new number');
const currentCode = () => page.getByLabelText('Code to +86 138****5678');
const sendButtons = () => page.getByRole('button', { name: /^Send (code|again)$/ });

/** The change step from the number to Change number, with the fake's code for both. */
async function changeTo(number: string) {
  await expect.element(numberField()).toHaveFocus();
  await enter(numberField(), number);
  await userEvent.click(sendButtons().nth(0));
  await expect.element(newCode()).toHaveFocus();
  await enter(newCode(), '123456');
  await userEvent.click(sendButtons().nth(1));
  await expect.element(currentCode()).toHaveFocus();
  await enter(currentCode(), '123456');
  await userEvent.click(button('Change number'));
}

describe('from the phone step', () => {
  test('a link under the buttons opens the change step; Back returns; the change goes through', async () => {
    const changed: [PhoneNumber | null, PhoneNumber][] = [];
    const { fake } = renderDialog({ props: { onPhoneChanged: (from, to) => changed.push([from, to]) } });
    await openDialog();
    await expect.element(changeLink()).toBeVisible();

    await userEvent.click(changeLink());
    await expect.element(dialog()).toHaveAccessibleName('Change phone number');
    await expect.element(dialog()).toHaveAttribute('data-step', 'change-phone');
    await expect.element(numberField()).toHaveFocus();
    await userEvent.click(button('Back'));
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    await expect.element(button('Send code')).toHaveFocus();
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);

    await userEvent.click(changeLink());
    await changeTo('１３９ ８７６５ ４３２１');
    await expectNumberChanged(fake, changed);

    // Opened again, it is the phone step again, on the number the account has now.
    await userEvent.click(button('Done'));
    await expect.element(dialog()).not.toBeInTheDocument();
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('139****4321'));
  });

  test('the link waits while the account loads', async () => {
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const real = authingClient();
    const client = { ...real, getAccount: (options?: RequestOptions) => held.then(() => real.getAccount(options)) };
    renderDialog({ client });
    await openDialog({ loaded: false });
    await expect.element(changeLink()).toHaveAttribute('aria-disabled', 'true');
    // Pressed as a screen reader presses a control announced as unavailable.
    (changeLink().element() as HTMLElement).click();
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    answer();
    await expect.element(changeLink()).not.toHaveAttribute('aria-disabled');
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
  });

  test("the host's own page: onChangePhone closes the dialog and is called, nothing is sent", async () => {
    let called = 0;
    const { fake } = renderDialog({ props: { onChangePhone: () => (called += 1) } });
    await openDialog();
    await userEvent.click(changeLink());
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(called).toBe(1);
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
  });

  test('not offered when the host turns it off, or the client cannot change a phone', async () => {
    const { rerender } = renderDialog({ props: { offerChangePhone: false } });
    await openDialog();
    await expect.element(button('Send code')).toHaveFocus();
    expect(document.querySelector('.upk-link')).toBeNull();
    const { sendPhoneChangeCode: _send, changePhone: _change, ...removeOnly } = authingClient();
    rerender({ client: removeOnly, offerChangePhone: undefined, open: true });
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('138****5678'));
    expect(document.querySelector('.upk-link')).toBeNull();
  });

  test('another client mid-step: its own phone step, nothing of the change before', async () => {
    const { rerender } = renderDialog();
    await openDialog();
    await userEvent.click(changeLink());
    await expect.element(numberField()).toHaveFocus();
    const other = authingClient({ token: 'another-token' });
    act(() => rerender({ client: other, open: true }));
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    await expect.element(numberField()).not.toBeInTheDocument();
  });

  test('once the change has left, Back, Close and Escape wait for its answer', async () => {
    renderDialog({ changeDelayMs: 1500 });
    await openDialog();
    await userEvent.click(changeLink());
    await changeTo('13987654321');
    await expect.element(button('Changing…')).toBeVisible();
    await expect.element(button('Back')).toHaveAttribute('aria-disabled', 'true');
    (button('Back').element() as HTMLElement).click();
    (button('Close').element() as HTMLElement).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).toHaveAccessibleName('Change phone number');
    await expect.element(dialog(), { timeout: 5000 }).toHaveAccessibleName('Phone number changed');
  });
});

describe('when the phone is the only login method', () => {
  test('Change the number instead is a way forward beside Bind an email; Back returns to it', async () => {
    renderDialog({ scenario: 'only-login-method' });
    await openDialog();
    await expect.element(button('Bind an email')).toBeVisible();
    await userEvent.click(changeLink());
    await expect.element(dialog()).toHaveAccessibleName('Change phone number');
    await expect.element(numberField()).toHaveFocus();
    await userEvent.click(button('Back'));
    await expect.element(dialog()).toHaveAttribute('data-step', 'only-login-method');
    await expect.element(button('Cancel')).toHaveFocus();
  });

  test('with no other way forward, changing the number is the primary one', async () => {
    const { sendBindEmailCode: _send, bindEmail: _bind, ...noEmail } = authingClient();
    renderDialog({ scenario: 'only-login-method', client: noEmail, props: { onBindEmail: undefined } });
    await openDialog();
    await expect.element(button('Bind an email')).not.toBeInTheDocument();
    await expect.element(changeLink()).toHaveClass('upk-button--primary');
    await expect.element(button('Cancel')).toBeVisible();
  });
});

describe('the promises of the phone step hold in the change step', () => {
  test('offline, with the host QueryClient defaults: a send fails at once with the network message, nothing runs later', async () => {
    onlineManager.setOnline(false);
    onTestFinished(() => onlineManager.setOnline(true));
    const { fake } = renderDialog({ queryClient: hostDefaults() });
    await openDialog();
    await userEvent.click(changeLink());
    worker.use(http.post('*/api/v3/send-sms', () => HttpResponse.error()));
    await enter(numberField(), '13987654321');
    await userEvent.click(sendButtons().nth(0));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    await userEvent.click(button('Back'));
    onlineManager.setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.state().smsCount).toBe(0);
  });

  test('a throwing onPhoneChanged and onChangePhone: the dialog goes on, the developer is told once each', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => reported.mockRestore());
    const { view } = renderDialog({
      props: {
        onPhoneChanged: () => {
          throw new Error('host bug');
        },
      },
    });
    await openDialog();
    await userEvent.click(changeLink());
    await changeTo('13987654321');
    await expect.element(dialog()).toHaveAccessibleName('Phone number changed');
    await userEvent.click(button('Done'));
    view.unmount();
    renderDialog({
      props: {
        onChangePhone: () => {
          throw new Error('host bug');
        },
      },
    });
    await openDialog();
    await userEvent.click(changeLink());
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(reported.mock.calls.map(([message]) => message)).toEqual([
      'unbind-phone-kit: onPhoneChanged threw',
      'unbind-phone-kit: onChangePhone threw',
    ]);
  });

  test.each([
    ['the answer takes too long', 'timeout'],
    ['the connection drops mid-answer', 'drop'],
  ] as const)('changed, but %s: the account is asked, and it says the number changed', async (_, fault) => {
    const changed: [PhoneNumber | null, PhoneNumber][] = [];
    const { fake } = renderDialog({
      timeoutMs: 1500,
      props: { onPhoneChanged: (from, to) => changed.push([from, to]) },
    });
    // The server changes the number; its answer never reaches the page.
    loseAnswer('post', '/api/v3/update-phone', fake, fault);
    await openDialog();
    await userEvent.click(changeLink());
    await changeTo('13987654321');
    await expectNumberChanged(fake, changed);
    expect(requestsTo(fake.state().requests, '/api/v3/update-phone')).toHaveLength(1);
  });

  test('another user on the same client (the host invalidates the account): their own phone step', async () => {
    const first = createFakeAuthing();
    const second = createFakeAuthing({ account: { userId: 'user-2', phone: '13900001111' } });
    let signedIn = first.client;
    const client: UnbindPhoneClient = {
      reportsDispatch: true,
      getAccount: (o) => signedIn.getAccount(o),
      sendUnbindCode: (p, o) => signedIn.sendUnbindCode(p, o),
      unbindPhone: (i, o) => signedIn.unbindPhone(i, o),
      sendPhoneChangeCode: (to, o) => signedIn.sendPhoneChangeCode?.(to, o) ?? Promise.resolve(),
      changePhone: (i, o) => signedIn.changePhone?.(i, o) ?? Promise.resolve(),
    };
    const { queryClient } = renderDialog({ client });
    await openDialog();
    await userEvent.click(changeLink());
    await expect.element(numberField()).toHaveFocus();
    signedIn = second.client;
    await queryClient.invalidateQueries({ queryKey: unbindPhoneAccountQueryKey });
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('139****1111'));
    await expect.element(numberField()).not.toBeInTheDocument();
  });
});
