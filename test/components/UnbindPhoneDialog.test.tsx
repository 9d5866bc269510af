import { delay, http } from 'msw';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';
import { jaJP } from '../../src/i18n/ja-JP';
import { zhCN } from '../../src/i18n/zh-CN';
import { zhTW } from '../../src/i18n/zh-TW';
import type { FakeScenario } from '../../src/testing';
import { authingClient, type DialogProps, renderDialog, startWorker, worker } from '../harness';
import {
  button,
  codeInput,
  dialog,
  expectNoAxeViolations,
  openDialog,
  pasteInto,
  requestsTo,
  sendWait,
  toRemoving,
  typeCode,
} from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

async function sendCode() {
  await userEvent.click(button('Send code'));
  await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
}

async function submitCode(code: string) {
  await userEvent.fill(codeInput(), code);
  await userEvent.click(button('Remove phone'));
}

describe('the happy path', () => {
  test('sends the SMS, unbinds with the typed code and confirms', async () => {
    const { fake, calls, queryClient } = renderDialog();
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName('Remove phone number');
    await expect.element(dialog()).toHaveAccessibleDescription(
      // The country code and the number are joined by a no-break space: one line, always.
      'Remove +86\u00a0138****5678 from your account. First we send a verification code to this number.',
    );

    await sendCode();
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms').map((r) => r.body)).toEqual([
      { channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: '13812345678', phoneCountryCode: '+86' },
    ]);
    await expect.element(codeInput()).toHaveFocus();

    await submitCode('123456');
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    await expect.element(page.getByText('+86 138****5678 is no longer linked to your account.')).toBeVisible();
    await expect.element(button('Done')).toHaveFocus();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone').map((r) => r.body)).toEqual([
      { passCode: '123456' },
    ]);
    expect(calls.unbound).toBe(1);
    // The account is read again under the shared key's prefix: the host's own queries there too.
    await vi.waitFor(() =>
      expect(queryClient.getQueriesData({ queryKey: unbindPhoneAccountQueryKey }).map(([, data]) => data)).toEqual([
        expect.objectContaining({ phone: null }),
      ]),
    );

    await userEvent.click(button('Done'));
    await expect.element(dialog()).not.toBeInTheDocument();
  });

  test('accepts full-width digits with spaces, as a Chinese IME types them', async () => {
    const { fake } = renderDialog();
    await openDialog();
    await sendCode();
    await typeCode('１２３ ４５６');
    await expect.element(codeInput()).toHaveValue('123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')[0]?.body).toEqual({ passCode: '123456' });
  });

  test('takes the code out of a pasted SMS', async () => {
    renderDialog();
    await openDialog();
    await sendCode();
    await pasteInto(codeInput().element() as HTMLElement, '【Authing】您的验证码是 123456，5 分钟内有效。');
    await expect.element(codeInput()).toHaveValue('123456');
  });

  test('has the input a one-time code needs', async () => {
    renderDialog();
    await openDialog();
    await expect.element(codeInput()).toHaveAttribute('autocomplete', 'one-time-code');
    await expect.element(codeInput()).toHaveAttribute('inputmode', 'numeric');
  });
});

describe('bad input', () => {
  test.each([
    ['', 'Enter the verification code from the SMS.'],
    ['12', 'This code is too short: it should have 4 to 6 digits.'],
    ['1234567', 'This code is too long: it should have 4 to 6 digits.'],
    ['12ab', 'The code has digits only. Check what you typed or pasted.'],
  ])('%j shows an inline message tied to the input and sends nothing', async (typed, message) => {
    const { fake } = renderDialog();
    await openDialog();
    await sendCode();
    if (typed) await userEvent.fill(codeInput(), typed);
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText(message)).toBeVisible();
    await expect.element(codeInput()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(codeInput()).toHaveAccessibleDescription(expect.stringContaining(message));
    await expect.element(codeInput()).toHaveFocus();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(0);
  });

  test('a pinned code length is checked and said', async () => {
    renderDialog({ props: { codeLength: 6 } });
    await openDialog();
    await expect.element(page.getByText('The 6-digit code from the SMS.')).toBeVisible();
    await submitCode('1234');
    await expect.element(page.getByText('This code is too short: it should have 6 digits.')).toBeVisible();
  });
});

describe('the only login method', () => {
  test('is said before any SMS is sent, with the way forward', async () => {
    const { fake, calls } = renderDialog({ scenario: 'only-login-method' });
    await openDialog();
    await expect
      .element(dialog())
      .toHaveAccessibleDescription(expect.stringContaining('This phone number is the only way you can sign in'));
    await expect.element(button('Send code')).not.toBeInTheDocument();
    await userEvent.click(button('Bind an email'));
    expect(calls.bindEmail).toBe(1);
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
  });

  test('is said the same way when only the server knows it', async () => {
    renderDialog({ scenario: 'only-login-method-late' });
    await openDialog();
    await sendCode();
    await submitCode('123456');
    await expect.element(page.getByText(/This phone number is the only way you can sign in/)).toBeVisible();
    await expect.element(button('Bind an email')).toBeVisible();
  });

  test('without onBindEmail and with a client that can neither bind an email nor change the phone, explains and offers a way out', async () => {
    const {
      sendBindEmailCode: _send,
      bindEmail: _bind,
      sendPhoneChangeCode: _sendChange,
      changePhone: _change,
      ...phoneOnly
    } = authingClient();
    renderDialog({ scenario: 'only-login-method', client: phoneOnly, props: { onBindEmail: undefined } });
    await openDialog();
    await expect.element(button('Bind an email')).not.toBeInTheDocument();
    await userEvent.click(button('Got it'));
    await expect.element(dialog()).not.toBeInTheDocument();
  });
});

describe('each failure has its own words', () => {
  test.each<[FakeScenario, string, DialogProps?]>([
    ['wrong-code', 'That code is not right. Check the SMS and try again.'],
    // While the wait before the next SMS runs, "Send a new one" alone would ask for what the
    // button does not allow yet: it says when.
    ['expired-code', 'That code has expired. Send a new one when the countdown by the button ends.'],
    ['expired-code', 'That code has expired. Send a new one.', { resendSeconds: 0 }],
  ])('%s is shown at the input, which is selected for a retry (%s)', async (scenario, text, props = {}) => {
    renderDialog({ scenario, props });
    await openDialog();
    await sendCode();
    await submitCode('123456');
    await expect.element(page.getByText(text)).toBeVisible();
    await expect.element(codeInput()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(codeInput()).toHaveFocus();
  });

  test.each([
    ['server-error', 'The server could not do this right now. Try again later.'],
    ['html-error', 'The server could not do this right now. Try again later.'],
    ['malformed-json', 'The server sent an answer we could not read. Try again later.'],
    ['network-down', 'Could not reach the server. Check your connection and try again.'],
    ['rate-limited', 'Too many attempts. Wait a while, then try again.'],
  ] as const)('%s on send is announced and focused', async (scenario, text) => {
    renderDialog({ scenario });
    await openDialog();
    await userEvent.click(button('Send code'));
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(text);
    await expect.element(alert).toHaveFocus();
    await expectNoAxeViolations();
  });

  test('a rate-limited send starts the wait the server asks for', async () => {
    renderDialog({ scenario: 'rate-limited', httpStatuses: true });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(sendWait(/Send again in 4[12] s/)).toBeVisible();
  });

  test('throttled as Authing does it (HTTP 200, statusCode 429, no Retry-After): the usual wait runs', async () => {
    renderDialog({ scenario: 'rate-limited' });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts.');
    await expect.element(sendWait(/Send again in (60|59) s/)).toBeVisible();
  });

  test('the server message and request id are shown as plain text', async () => {
    renderDialog({ scenario: 'server-error' });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Server message: 服务器内部错误')).toBeVisible();
    await expect.element(page.getByText(/Reference: fake-\d+/)).toBeVisible();
  });

  test('a send that times out while the server still answers: the SMS may be on its way, the wait runs', async () => {
    renderDialog({ scenario: 'no-answer', timeoutMs: 300 });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText(/The server did not confirm the SMS to \+86\s138\*\*\*\*5678/)).toBeVisible();
    await expect.element(sendWait(/Send again in/)).toBeVisible();
    await expect.element(codeInput()).toHaveFocus();
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  test('a server that stops answering altogether: the timeout message, no wait', async () => {
    renderDialog({ scenario: 'no-answer', timeoutMs: 300 });
    await openDialog();
    await expect.element(button('Send code')).toBeVisible();
    worker.use(http.get('*/api/v3/get-profile', () => delay('infinite')));
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('alert')).toHaveTextContent('The server took too long to answer. Try again.');
    await expect.element(button('Send code')).toBeVisible();
  });

  test('an expired session says so on the focused Cancel, and Try again reloads once signed in', async () => {
    const { fake } = renderDialog({ scenario: 'unauthenticated' });
    await openDialog();
    const why = 'Your session has expired. Sign in again, then try once more.';
    await expect.element(dialog()).toHaveAccessibleDescription(why);
    // The text asks the person to sign in again, which Try again cannot do: Cancel is focused.
    await expect.element(button('Cancel')).toHaveFocus();
    await expect.element(button('Cancel')).toHaveAccessibleDescription(why);
    fake.setScenario('happy');
    await userEvent.click(button('Try again'));
    await expect.element(button('Send code')).toBeVisible();
  });

  test('no phone on the account says so', async () => {
    renderDialog({ scenario: 'no-phone' });
    await openDialog();
    await expect
      .element(dialog())
      .toHaveAccessibleDescription(
        'This account has no phone number any more. It may have been removed in another window.',
      );
  });

  test('a phone removed in another tab is found out after the failure', async () => {
    renderDialog({ scenario: 'unbound-elsewhere' });
    await openDialog();
    await sendCode();
    await submitCode('123456');
    await expect.element(page.getByText(/This account has no phone number any more/)).toBeVisible();
  });
});

describe('one request at a time', () => {
  test('a double click and Enter twice send one unbind request', async () => {
    const { fake } = renderDialog({ delayMs: 2000 });
    await openDialog();
    await userEvent.click(button('Send code'));
    await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
    await userEvent.fill(codeInput(), '123456');
    await userEvent.dblClick(button('Remove phone'));
    await userEvent.keyboard('{Enter}{Enter}');
    await expect.element(button('Removing…')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/unbind-phone')).toHaveLength(1);
  });

  test('send clicked again and again sends one SMS', async () => {
    const { fake } = renderDialog({ delayMs: 2000 });
    await openDialog();
    await userEvent.tripleClick(button('Send code'));
    // force: Playwright will not click an aria-disabled button; a person's click still lands.
    await userEvent.click(button('Sending…'), { force: true });
    await expect.element(page.getByText('Code sent to +86 138****5678.')).toBeVisible();
    await userEvent.click(button('Send again'), { force: true });
    expect(fake.state().smsCount).toBe(1);
    expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(1);
  });
});

describe('the resend countdown', () => {
  // On the page's real clock, with a short wait: the kit measures on performance.now(), and a
  // faked performance clock was not always the one the component read in WebKit (the count then
  // ran on real time while the test moved the fake one).
  test('counts down each second, then offers Send again', async () => {
    renderDialog({ props: { resendSeconds: 3 } });
    await openDialog();
    await sendCode();
    await expect.element(sendWait(/^Send again in [23] s$/)).toBeVisible();
    await expect.element(sendWait('Send again in 1 s'), { timeout: 4000 }).toBeVisible();
    await expect.element(button('Send again'), { timeout: 4000 }).toBeVisible();
    await expect.element(button('Send again')).not.toHaveAttribute('aria-disabled');
  });

  test('outlives closing and reopening the dialog', async () => {
    renderDialog({ props: { resendSeconds: 30 } });
    await openDialog();
    await sendCode();
    await userEvent.click(button('Cancel'));
    await expect.element(dialog()).not.toBeInTheDocument();
    await openDialog();
    await expect.element(sendWait(/^Send again in (30|29|28) s$/)).toBeVisible();
  });
});

describe('a modal done right', () => {
  test('moves focus in on open, keeps Tab inside, and gives it back on close', async () => {
    renderDialog();
    await openDialog();
    await expect.element(button('Send code')).toHaveFocus();
    const box = document.querySelector('dialog');
    for (let i = 0; i < 8; i += 1) {
      await userEvent.keyboard('{Tab}');
      expect(box?.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.element(button('Manage phone number')).toHaveFocus();
  });

  test('on a second open (account already loaded) focus goes to the first thing to do', async () => {
    renderDialog();
    await openDialog();
    await expect.element(button('Send code')).toHaveFocus();
    await userEvent.click(button('Cancel'));
    await openDialog();
    await expect.element(button('Send code')).toHaveFocus();
  });

  test('ignores Escape while the unbind request is in flight', async () => {
    const { calls } = renderDialog({ delayMs: 3000 });
    await toRemoving();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).toBeVisible();
    expect(calls.openChanges).not.toContain(false);
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
  });

  test('clears the code when it closes', async () => {
    renderDialog();
    await openDialog();
    await sendCode();
    await userEvent.fill(codeInput(), '654321');
    await userEvent.click(button('Cancel'));
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('654321');
    await openDialog();
    await expect.element(codeInput()).toHaveValue('');
  });

  test('has no axe violations when open, with an error, and on success', async () => {
    renderDialog();
    await openDialog();
    await expectNoAxeViolations();
    await sendCode();
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByText('Enter the verification code from the SMS.')).toBeVisible();
    await expectNoAxeViolations();
    await submitCode('123456');
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
    await expectNoAxeViolations();
  });

  test('opens by itself with defaultOpen, uncontrolled', async () => {
    renderDialog({ props: { open: undefined, onOpenChange: undefined, defaultOpen: true } });
    // Once the account is read: the dialog grows then, and WebKit's driver clicks where the
    // button was when it measured it.
    await expect.element(page.getByText(/^Remove \+86/)).toBeVisible();
    await userEvent.click(button('Close'));
    await expect.element(dialog()).not.toBeInTheDocument();
  });
});

describe('languages and texts', () => {
  test('speaks zh-CN', async () => {
    renderDialog({ props: { locale: zhCN } });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName('解绑手机号');
    await expect.element(dialog()).toHaveAttribute('lang', 'zh-CN');
    await userEvent.click(button('发送验证码'));
    await expect.element(page.getByText('验证码已发送至 +86 138****5678。')).toBeVisible();
    await userEvent.click(button('解绑手机号'));
    await expect.element(page.getByText('请输入短信中的验证码。')).toBeVisible();
  });

  test.each([
    [
      'zh-TW',
      zhTW,
      '解除綁定手機號碼',
      '傳送驗證碼',
      '驗證碼已傳送至 +86 138****5678。',
      '解除綁定',
      '請輸入簡訊中的驗證碼。',
    ],
    [
      'ja-JP',
      jaJP,
      '電話番号の削除',
      'コードを送信',
      '+86 138****5678 にコードを送信しました。',
      '電話番号を削除',
      'SMS に記載された確認コードを入力してください。',
    ],
  ] as const)('speaks %s', async (_, pack, title, send, sent, submit, required) => {
    renderDialog({ props: { locale: pack } });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName(title);
    await expect.element(dialog()).toHaveAttribute('lang', pack.code);
    await userEvent.click(button(send));
    await expect.element(page.getByText(sent)).toBeVisible();
    await userEvent.click(button(submit));
    await expect.element(page.getByText(required)).toBeVisible();
  });

  test('takes the host overrides for any text', async () => {
    renderDialog({ props: { messages: { 'dialog.title': 'Unlink your mobile', 'send.idle': 'Text me a code' } } });
    await openDialog();
    await expect.element(dialog()).toHaveAccessibleName('Unlink your mobile');
    await expect.element(button('Text me a code')).toBeVisible();
  });
});
