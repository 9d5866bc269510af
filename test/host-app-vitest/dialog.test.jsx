// A host's own unit test of a page with the dialog, as a team writes it, and the same file for
// both runners: Vitest in jsdom or happy-dom (test/host-app-vitest, the run picks one with
// --environment) and Jest 30 in jsdom with babel-jest (test/host-app-jest copies this file). Test
// globals (`test`, `expect`, `afterEach`) as both runners offer them, Testing Library and
// user-event, the kit's fake backend without msw (neither host has it installed), and no set-up
// for the dialog or for the fetch classes jsdom lacks.
import '@testing-library/jest-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { UnbindPhoneDialog } from 'unbind-phone-kit';
import { createFakeAuthing } from 'unbind-phone-kit/testing';

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

function renderPage(scenario) {
  const fake = createFakeAuthing({ scenario });
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

test('a wrong code is said on the field', async () => {
  const { user } = renderPage();
  await user.click(screen.getByRole('button', { name: 'Remove my phone' }));
  await user.click(await screen.findByRole('button', { name: 'Send code' }));
  await screen.findByText(/^Code sent to/);
  await user.type(screen.getByRole('textbox', { name: 'Verification code' }), '000000');
  await user.click(screen.getByRole('button', { name: 'Remove phone' }));
  const field = await screen.findByRole('textbox', { name: 'Verification code', description: /not right/ });
  expect(field).toHaveFocus();
});

test('the only way in: the dialog says so and offers the email step', async () => {
  const { user } = renderPage('only-login-method');
  await user.click(screen.getByRole('button', { name: 'Remove my phone' }));
  await screen.findByRole('heading', { name: 'Remove phone number' });
  await screen.findByText(/only way you can sign in/);
  expect(screen.getByRole('button', { name: 'Bind an email' })).toBeInTheDocument();
});

test('Escape closes it and focus goes back', async () => {
  const { user } = renderPage();
  await user.click(screen.getByRole('button', { name: 'Remove my phone' }));
  await screen.findByRole('dialog');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Remove my phone' })).toHaveFocus();
});
