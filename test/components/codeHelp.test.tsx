// "Didn't get a code?" under each SMS code field (issue 22 item 5), in a real browser on the
// Authing adapter over HTTP (msw): what to check, and the host's way on for a lost phone.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ChangePhoneDialog } from '../../src/flows/change-phone/ChangePhoneDialog';
import { createFakeAuthing } from '../../src/testing';
import { renderDialog, startWorker } from '../harness';
import { button, dialog, enter, openDialog } from '../helpers';

beforeAll(startWorker);

const help = () => button("Didn't get a code?");
const lost = () => button('I no longer have this phone');

describe('the phone step', () => {
  test('once a code went out: what to check, named for the phone; no way on without onLostPhone or a change here', async () => {
    // (With a client that can change the number, the way on is that: changeWithoutPhone.test.tsx.)
    renderDialog({ props: { offerChangePhone: false } });
    await openDialog();
    await expect.element(help()).not.toBeInTheDocument();
    await userEvent.click(button('Send code'));
    await expect.element(help()).toBeVisible();
    await expect.element(help()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(help());
    await expect.element(help()).toHaveAttribute('aria-expanded', 'true');
    await expect
      .element(page.getByText(/^Check that \+86\s138\*\*\*\*5678 is the phone you have with you/))
      .toBeVisible();
    await expect.element(lost()).not.toBeInTheDocument();
  });

  test("with onLostPhone: I no longer have this phone closes the dialog and opens the host's page", async () => {
    let called = 0;
    renderDialog({ props: { onLostPhone: () => (called += 1) } });
    await openDialog();
    await userEvent.click(button('Send code'));
    await userEvent.click(help());
    await userEvent.click(lost());
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(called).toBe(1);
  });
});

describe('the change step', () => {
  test('under each code, for its own number; the way on only under the current phone', async () => {
    let called = 0;
    const fake = createFakeAuthing();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ChangePhoneDialog client={fake.client} defaultOpen onLostPhone={() => (called += 1)} />
      </QueryClientProvider>,
    );
    const number = page.getByLabelText('New number', { exact: true });
    await expect.element(number).toHaveFocus();
    await expect.element(help()).not.toBeInTheDocument();
    await enter(number, '13987654321');
    await userEvent.click(page.getByRole('button', { name: 'Send code' }).nth(0));
    await expect.element(help()).toBeVisible();
    await userEvent.click(help());
    await expect.element(page.getByText(/^Check that \+86\s139\*\*\*\*4321 is the phone/)).toBeVisible();
    await expect.element(lost()).not.toBeInTheDocument();

    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    await expect.element(help().nth(1)).toBeVisible();
    await userEvent.click(help().nth(1));
    await expect.element(page.getByText(/^Check that \+86\s138\*\*\*\*5678 is the phone/)).toBeVisible();
    await userEvent.click(lost());
    await expect.element(dialog()).not.toBeInTheDocument();
    expect(called).toBe(1);
  });
});
