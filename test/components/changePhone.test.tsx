// <ChangePhoneDialog> in a real browser, on the fake's own client: the new number, a code to it,
// a code to the current phone, the change; what it refuses before any request, what the server
// refuses, and that a person hears and sees where they are.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { expect, onTestFinished, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PhoneNumber } from '../../src/core/types';
import { ChangePhoneDialog } from '../../src/flows/change-phone/ChangePhoneDialog';
import { zhCN } from '../../src/i18n/zh-CN';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';
import { button, dialog, enter, expectNoAxeViolations, expectNumberChanged, requestsTo } from '../helpers';

/**
 * The dialog open on the fake, once the account is read: the step is there while it loads (focus
 * on the number), but sends nothing before, so a test acts after it.
 */
async function setup(scenario: FakeScenario = 'happy', props: Partial<Parameters<typeof ChangePhoneDialog>[0]> = {}) {
  const fake = createFakeAuthing({ scenario });
  const changed: [PhoneNumber | null, PhoneNumber][] = [];
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ChangePhoneDialog
        client={fake.client}
        defaultOpen
        onPhoneChanged={(from, to) => changed.push([from, to])}
        {...props}
      />
    </QueryClientProvider>,
  );
  await accountRead();
  return { fake, changed };
}

/** The account is read: the code to the current phone has its field (four fields in all). */
const accountRead = () =>
  expect.poll(() => document.querySelectorAll('dialog[open] input').length, { timeout: 5000 }).toBe(4);

const numberField = () => page.getByLabelText('New number', { exact: true });
const newCode = () => page.getByLabelText('Code to the new number');
const currentCode = () => page.getByLabelText('Code to +86 138****5678');
const sendButtons = () => page.getByRole('button', { name: /^Send (code|again)$/ });

test('a person changes the number: a code to each, then Change number; the host hears from and to', async () => {
  const { fake, changed } = await setup();
  await expect.element(dialog()).toHaveAccessibleName('Change phone number');
  await expect.element(numberField()).toHaveFocus();
  await enter(numberField(), '１３９ ８７６５ ４３２１');
  await userEvent.click(sendButtons().nth(0));
  await expect.element(page.getByText('Code sent to +86 139****4321.')).toBeVisible();
  await expect.element(newCode()).toHaveFocus();
  await enter(newCode(), '123456');
  await userEvent.click(sendButtons().nth(1));
  await expect.element(page.getByText(/Code sent to \+86\s138\*\*\*\*5678\./)).toBeVisible();
  await expect.element(currentCode()).toHaveFocus();
  await enter(currentCode(), '123456');
  await expectNoAxeViolations();
  await userEvent.click(button('Change number'));

  await expectNumberChanged(fake, changed);
  expect(requestsTo(fake.state().requests, '/api/v3/verify-update-phone-request')).toHaveLength(1);
});

test('as it opens, focus goes once, to the new number, while the account loads; nothing is sent meanwhile', async () => {
  let answer = () => {};
  const held = new Promise<void>((resolve) => {
    answer = resolve;
  });
  const fake = createFakeAuthing({ account: { phoneCountryCode: '+852', phone: '51234567' } });
  const client = { ...fake.client, getAccount: () => held.then(() => fake.client.getAccount()) };
  const focused: EventTarget[] = [];
  const track = (event: FocusEvent) => focused.push(event.target as EventTarget);
  document.addEventListener('focusin', track);
  onTestFinished(() => document.removeEventListener('focusin', track));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ChangePhoneDialog client={client} defaultOpen />
    </QueryClientProvider>,
  );
  await expect.element(numberField()).toHaveFocus();
  await expect.element(dialog()).toHaveAccessibleDescription('Loading your account…');
  await expect.element(dialog()).toHaveAttribute('data-step', 'change-phone');
  await enter(numberField(), '9123 4567');
  (sendButtons().nth(0).element() as HTMLElement).click();
  expect(fake.state().requests).toHaveLength(0);

  answer();
  await expect.element(dialog()).toHaveAccessibleDescription(/^Your account has \+852\s512\*4567\./);
  await expect.element(page.getByLabelText('Country code')).toHaveValue('+852');
  await expect.element(page.getByLabelText(/^Code to \+852/)).toBeVisible();
  await expect.element(numberField()).toHaveFocus();
  expect(focused).toEqual([numberField().element()]);
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
});

test('the current number, or no number, is refused under the field before any request', async () => {
  const { fake } = await setup();
  await expect.element(numberField()).toHaveFocus();
  await enter(numberField(), '138-1234-5678');
  await userEvent.click(sendButtons().nth(0));
  await expect.element(page.getByText('This is the number your account has now. Enter the new number.')).toBeVisible();
  await expect.element(numberField()).toHaveAttribute('aria-invalid', 'true');
  await expect.element(numberField()).toHaveFocus();
  expect(requestsTo(fake.state().requests, '/api/v3/send-sms')).toHaveLength(0);
});

test('a number of another account: the server says so under the number', async () => {
  await setup('change-phone-taken');
  await expect.element(numberField()).toHaveFocus();
  await enter(numberField(), '13987654321');
  await userEvent.click(sendButtons().nth(0));
  await expect.element(page.getByText('Code sent to +86 139****4321.')).toBeVisible();
  await enter(newCode(), '123456');
  await userEvent.click(sendButtons().nth(1));
  await enter(currentCode(), '123456');
  await userEvent.click(button('Change number'));
  await expect
    .element(page.getByText('This number already belongs to another account. Use another number.'))
    .toBeVisible();
  await expect.element(numberField()).toHaveFocus();
});

test('speaks Chinese with the Chinese pack', async () => {
  await setup('happy', { locale: zhCN });
  await expect.element(dialog()).toHaveAccessibleName('更换手机号');
  await expect.element(page.getByRole('button', { name: '更换手机号', exact: true })).toBeVisible();
});
