import { delay, http } from 'msw';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { zhCN } from '../../src/i18n/zh-CN';
import { renderDialog, startWorker, worker } from '../harness';
import { button, codeInput, dialog, expectNoAxeViolations, openDialog, requestsTo, sendWait } from '../helpers';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

// The dialog's own email step: the host gave no onBindEmail, the client can bind an email.
const ownStep = { props: { onBindEmail: undefined } };
const emailInput = () => page.getByLabelText('Email', { exact: true });
const emailCodeInput = () => page.getByLabelText('Email code');

async function toEmailStep() {
  await openDialog();
  await userEvent.click(button('Bind an email'));
  await expect.element(emailInput()).toHaveFocus();
}

async function sendEmailCode(address: string) {
  await userEvent.fill(emailInput(), address);
  await userEvent.click(button('Send code'));
}

describe('the email step, inside the dialog', () => {
  test('binds an email, then removes the phone, without leaving the dialog', async () => {
    const { fake, calls } = renderDialog({ scenario: 'only-login-method', ...ownStep });
    await toEmailStep();
    await expect.element(dialog()).toHaveAccessibleDescription(expect.stringContaining('First bind an email address'));
    // Focus is on the Email field, which says why the step is there.
    await expect
      .element(emailInput())
      .toHaveAccessibleDescription(expect.stringContaining('First bind an email address'));
    await expectNoAxeViolations();

    await sendEmailCode('han.mei@example.com');
    await expect.element(page.getByText('Code sent to han.mei@example.com.')).toBeVisible();
    await expect.element(emailCodeInput()).toHaveFocus();
    await userEvent.fill(emailCodeInput(), '123456');
    await userEvent.click(button('Bind email'));

    // Back at the phone, with what happened and what comes next.
    await expect.element(page.getByText('Email han.mei@example.com is bound. Now remove the phone.')).toBeVisible();
    // Focus is back on Send code, and the confirmation is heard with it.
    await expect.element(button('Send code')).toHaveFocus();
    await expect.element(button('Send code')).toHaveAccessibleDescription(/is bound\. Now remove the phone\./);
    await userEvent.click(button('Send code'));
    await userEvent.fill(codeInput(), '123456');
    await userEvent.click(button('Remove phone'));
    await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();

    expect(fake.state().account).toMatchObject({ email: 'han.mei@example.com', phone: null });
    expect(requestsTo(fake.state().requests, '/api/v3/send-email').map((r) => r.body)).toEqual([
      { channel: 'CHANNEL_BIND_EMAIL', email: 'han.mei@example.com' },
    ]);
    expect(requestsTo(fake.state().requests, '/api/v3/bind-email').map((r) => r.body)).toEqual([
      { email: 'han.mei@example.com', passCode: '123456' },
    ]);
    // The order a person took: the email first, the account read again, then the phone.
    const paths = fake.state().requests.map((r) => r.path.replace(/\?.*/, ''));
    const bound = paths.indexOf('/api/v3/bind-email');
    expect(paths.slice(bound, paths.indexOf('/api/v3/send-sms'))).toContain('/api/v3/get-profile');
    expect(calls.bindEmail).toBe(0);
    expect(calls.unbound).toBe(1);
  });

  test('in Chinese too', async () => {
    const { fake } = renderDialog({ scenario: 'only-login-method', props: { onBindEmail: undefined, locale: zhCN } });
    await openDialog();
    await userEvent.click(button('去绑定邮箱'));
    await userEvent.fill(page.getByLabelText('邮箱', { exact: true }), 'han.mei@example.com');
    await userEvent.click(button('发送验证码'));
    await userEvent.fill(page.getByLabelText('邮箱验证码'), '123456');
    await userEvent.click(button('绑定邮箱'));
    await expect.element(page.getByText('邮箱 han.mei@example.com 已绑定，现在可以解绑手机号了。')).toBeVisible();
    expect(fake.state().account.email).toBe('han.mei@example.com');
  });

  test('an address that is not one is refused before any request, at the field', async () => {
    const { fake } = renderDialog({ scenario: 'only-login-method', ...ownStep });
    await toEmailStep();
    await sendEmailCode('han.mei@');
    await expect.element(page.getByText('This is not an email address. Check what you typed.')).toBeVisible();
    await expect.element(emailInput()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(emailInput()).toHaveFocus();
    expect(requestsTo(fake.state().requests, '/api/v3/send-email')).toHaveLength(0);
  });

  test.each([
    ['email-taken', 'This email address already belongs to another account. Use another one.', 'Email'],
    ['email-wrong-code', 'That code is not right. Check the email and try again.', 'Email code'],
  ] as const)('%s is said at the field to mend', async (scenario, text, field) => {
    renderDialog({ scenario, ...ownStep });
    await toEmailStep();
    await sendEmailCode('han.mei@example.com');
    await userEvent.fill(emailCodeInput(), '123456');
    await userEvent.click(button('Bind email'));
    await expect.element(page.getByText(text)).toBeVisible();
    const input = page.getByLabelText(field, { exact: true });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect.element(input).toHaveFocus();
  });

  test("Authing's one-email-per-minute answer (apiCode 2080) starts the wait", async () => {
    renderDialog({ scenario: 'email-rate-limited', ...ownStep });
    await toEmailStep();
    await sendEmailCode('han.mei@example.com');
    await expect.element(page.getByRole('alert')).toHaveTextContent('Too many attempts.');
    await expect.element(sendWait(/Send again in (60|59) s/)).toBeVisible();
  });

  test('a double click on Bind email sends one request', async () => {
    const { fake } = renderDialog({ scenario: 'only-login-method', ...ownStep });
    await toEmailStep();
    await sendEmailCode('han.mei@example.com');
    await userEvent.fill(emailCodeInput(), '123456');
    await userEvent.dblClick(button('Bind email'));
    await expect.element(page.getByText(/is bound\. Now remove the phone\./)).toBeVisible();
    expect(requestsTo(fake.state().requests, '/api/v3/bind-email')).toHaveLength(1);
  });

  test('Back returns to the explanation, Cancel closes', async () => {
    renderDialog({ scenario: 'only-login-method', ...ownStep });
    await toEmailStep();
    await userEvent.click(button('Back'));
    await expect.element(page.getByText(/This phone number is the only way you can sign in/)).toBeVisible();
    await expect.element(button('Cancel')).toHaveFocus();
    await userEvent.click(button('Bind an email'));
    await userEvent.click(button('Cancel'));
    await expect.element(dialog()).not.toBeInTheDocument();
  });

  test('closing while the bind is out cancels it; what the server bound is there on the next open', async () => {
    const { fake } = renderDialog({ scenario: 'only-login-method', ...ownStep });
    // The request reaches the server late (this handler waits, then lets the fake's answer): the
    // person closes before, and the server binds all the same, as a real one would.
    worker.use(
      http.post('*/api/v3/bind-email', async () => {
        await delay(800);
      }),
    );
    await toEmailStep();
    await sendEmailCode('han.mei@example.com');
    await userEvent.fill(emailCodeInput(), '123456');
    await userEvent.click(button('Bind email'));
    await expect.element(button('Binding…')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog()).not.toBeInTheDocument();
    await expect.poll(() => fake.state().account.email).toBe('han.mei@example.com');

    await openDialog();
    // The account is read again: the email is there, so the phone can go.
    await expect.element(button('Send code')).toBeVisible();
    await expect.element(page.getByText(/is bound/)).not.toBeInTheDocument();
  });
});
