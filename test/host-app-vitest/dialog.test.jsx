// A host's own unit test of a page with the dialog, as a team writes it: Vitest in jsdom or
// happy-dom (the run picks one with --environment), Testing Library and user-event, the kit's fake
// backend without msw (this host has none installed), and no set-up for the dialog.
import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { UnbindPhoneDialog } from 'unbind-phone-kit';
import { createFakeAuthing } from 'unbind-phone-kit/testing';
import { afterEach, expect, test } from 'vitest';

afterEach(cleanup);

function SettingsPage({ client }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Remove my phone
      </button>
      <UnbindPhoneDialog client={client} open={open} onOpenChange={setOpen} />
    </main>
  );
}

function renderPage() {
  const fake = createFakeAuthing();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SettingsPage client={fake.client} />
    </QueryClientProvider>,
  );
  return { fake, user: userEvent.setup() };
}

test('a person removes the phone', async () => {
  const { fake, user } = renderPage();
  await user.click(screen.getByRole('button', { name: 'Remove my phone' }));
  await screen.findByRole('dialog', { name: 'Remove phone number', description: /^Remove / });
  expect(screen.getByRole('button', { name: 'Send code' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByText(/^Code sent to/);
  await user.type(screen.getByRole('textbox', { name: 'Verification code' }), fake.state().sentCode ?? '');
  await user.click(screen.getByRole('button', { name: 'Remove phone' }));
  await screen.findByRole('dialog', { name: 'Phone number removed' });
  expect(fake.state().account.phone).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Done' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Remove my phone' })).toHaveFocus();
});

test('Escape closes it and focus goes back', async () => {
  const { user } = renderPage();
  await user.click(screen.getByRole('button', { name: 'Remove my phone' }));
  await screen.findByRole('dialog');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Remove my phone' })).toHaveFocus();
});
