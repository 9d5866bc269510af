// A person who no longer has the phone (issue 22 item 5): "I no longer have this phone" under a
// code to it leads, without the host's own page, to changing the number with the new number's code
// only. The user pool decides: where it lets the number go, the change goes through; where it asks
// for the old phone's code, the dialog explains that this way is closed (not a failure).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PhoneNumber } from '../../src/core/types';
import { ChangePhoneDialog } from '../../src/flows/change-phone/ChangePhoneDialog';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';
import { renderDialog, startWorker } from '../harness';
import { button, dialog, enter, expectNumberChanged, openDialog, requestsTo } from '../helpers';

beforeAll(startWorker);

const numberField = () => page.getByLabelText('New number', { exact: true });
const newCode = () => page.getByLabelText('Code to the new number');
const currentCode = () => page.getByLabelText('Code to +86 138****5678');
const lostPhone = () => button('I no longer have this phone');

/** The phone step: a code sent, then "Didn't get a code?" and "I no longer have this phone". */
async function sayLostFromPhoneStep() {
  await openDialog();
  await userEvent.click(button('Send code'));
  await userEvent.click(button("Didn't get a code?"));
  await userEvent.click(lostPhone());
}

/** The step without the current phone: the new number, its code, Change number. */
async function changeWithNewCodeOnly() {
  await expect.element(numberField()).toHaveFocus();
  await enter(numberField(), '139 8765 4321');
  await userEvent.click(button('Send code'));
  await expect.element(newCode()).toHaveFocus();
  await enter(newCode(), '123456');
  await userEvent.click(button('Change number'));
}

/** What the check of the codes carried, for each check made. */
const checks = (fake: ReturnType<typeof createFakeAuthing>) =>
  requestsTo(fake.state().requests, '/api/v3/verify-update-phone-request').map(
    (request) => (request.body as { phonePassCodePayload: Record<string, string> }).phonePassCodePayload,
  );

describe('from the phone step of <UnbindPhoneDialog>', () => {
  test('where the pool lets it go, the number changes with the new code only', async () => {
    const changed: [PhoneNumber | null, PhoneNumber][] = [];
    const { fake } = renderDialog({
      scenario: 'change-without-current-code',
      props: { onPhoneChanged: (from, to) => changed.push([from, to]) },
    });
    await sayLostFromPhoneStep();
    await expect.element(dialog()).toHaveAttribute('data-step', 'change-phone');
    await expect.element(dialog()).toHaveAccessibleDescription(/^Without \+86\s138\*\*\*\*5678: enter the new number/);
    await expect.element(currentCode()).not.toBeInTheDocument();
    await changeWithNewCodeOnly();
    await expectNumberChanged(fake, changed);
    expect(checks(fake)).toEqual([
      { newPhoneNumber: '13987654321', newPhonePassCode: '123456', newPhoneCountryCode: '+86' },
    ]);
  });

  test('where the pool asks for the old phone, the dialog explains the way is closed, and offers that code', async () => {
    const { fake } = renderDialog();
    await sayLostFromPhoneStep();
    await changeWithNewCodeOnly();
    await expect.element(dialog()).toHaveAttribute('data-step', 'needs-current-phone');
    const notice = page.getByText(/^Your account asks for a code sent to \+86\s138\*\*\*\*5678 before/);
    await expect.element(notice).toHaveClass('upk-notice--warning');
    await expect.element(button('Cancel')).toHaveFocus();
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
    expect(fake.state().account.phone).toBe('13812345678');
    expect(checks(fake)).toHaveLength(1);

    // The person finds the phone after all: the step with both codes, and why.
    await userEvent.click(button('Use a code from +86 138****5678'));
    await expect.element(dialog()).toHaveAttribute('data-step', 'change-phone');
    await expect.element(currentCode()).toBeVisible();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/also asks for the code sent to your current phone/);
  });

  test("with the host's own page for it, the link goes there and the dialog does not change anything", async () => {
    let lost = 0;
    const { fake } = renderDialog({ props: { onLostPhone: () => (lost += 1) } });
    await sayLostFromPhoneStep();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(lost).toBe(1);
    expect(checks(fake)).toHaveLength(0);
  });

  test("with the host's own page for changing the number (and none for a lost phone), the link goes to that page", async () => {
    let change = 0;
    const { fake } = renderDialog({ props: { onChangePhone: () => (change += 1) } });
    await sayLostFromPhoneStep();
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(change).toBe(1);
    expect(checks(fake)).toHaveLength(0);
  });
});

describe('in <ChangePhoneDialog>', () => {
  async function setup(scenario: FakeScenario) {
    const fake = createFakeAuthing({ scenario });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ChangePhoneDialog client={fake.client} defaultOpen />
      </QueryClientProvider>,
    );
    // The step is there while the account loads, but sends nothing before it is read.
    await expect.element(currentCode()).toBeInTheDocument();
    return fake;
  }

  test('"I no longer have this phone" under the current code goes on without it', async () => {
    const fake = await setup('change-without-current-code');
    await expect.element(numberField()).toHaveFocus();
    await enter(numberField(), '139 8765 4321');
    await userEvent.click(page.getByRole('button', { name: 'Send code' }).nth(0));
    await enter(newCode(), '123456');
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(currentCode()).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: "Didn't get a code?" }).nth(1));
    await userEvent.click(lostPhone());
    await expect.element(currentCode()).not.toBeInTheDocument();
    // The new code is kept, and focus goes to it (the help that had it is gone).
    await expect.element(newCode()).toHaveFocus();
    await expect.element(newCode()).toHaveValue('123456');
    await userEvent.click(button('Change number'));
    await expect.element(dialog()).toHaveAccessibleName('Phone number changed');
    expect(checks(fake)[0]).not.toHaveProperty('oldPhonePassCode');
  });
});
