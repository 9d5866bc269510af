// The dialog in a host's own unit tests: jsdom or happy-dom under Vitest, Testing Library and
// user-event, with no set-up at all (no showModal polyfill, no msw: the fake's own client). A DOM
// without layout cannot show the look, the top layer or the platform's inert page: the kit's own
// browser tests cover those. What it can show is here: the flow, focus, Tab, Escape.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { UnbindPhoneClient } from '../../src/core/types';
import { UnbindPhoneDialog } from '../../src/flows/unbind-phone/UnbindPhoneDialog';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';

afterEach(cleanup);
// The first action fetches the verification machinery (a chunk of its own): on a busy machine,
// with the browser projects beside this one, that took more than Testing Library's 1 s.
configure({ asyncUtilTimeout: 5000 });

function Host({ client, removed }: { client: UnbindPhoneClient; removed: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Manage phone number
      </button>
      <UnbindPhoneDialog
        client={client}
        open={open}
        onOpenChange={setOpen}
        onUnbound={(phone) => removed.push(phone.number)}
      />
    </>
  );
}

function setup(scenario: FakeScenario = 'happy') {
  const fake = createFakeAuthing({ scenario });
  const removed: string[] = [];
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Host client={fake.client} removed={removed} />
    </QueryClientProvider>,
  );
  return { fake, removed, user: userEvent.setup() };
}

test('opens without showModal, puts focus on Send code, and removes the phone', async () => {
  const { fake, removed, user } = setup();
  await user.click(screen.getByRole('button', { name: 'Manage phone number' }));
  const dialog = await screen.findByRole('dialog', { name: 'Remove phone number' });
  await waitFor(() => expect(dialog).toHaveAccessibleDescription(/Remove \+86\s138\*\*\*\*5678/));
  expect(screen.getByRole('button', { name: 'Send code' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Send code' }));
  expect(await screen.findByText('Code sent to +86 138****5678.')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
  await user.keyboard(fake.state().sentCode ?? '');
  await user.click(screen.getByRole('button', { name: 'Remove phone' }));

  expect(await screen.findByRole('dialog', { name: 'Phone number removed' })).toBeInTheDocument();
  expect(removed).toEqual(['13812345678']);
  await user.click(screen.getByRole('button', { name: 'Done' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Manage phone number' })).toHaveFocus();
});

test('Tab stays inside, and Escape closes and gives focus back', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('button', { name: 'Manage phone number' }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Send code' })).not.toHaveAttribute('aria-disabled'));
  // The last control: the link to change the number instead.
  screen.getByRole('button', { name: 'Change the number instead' }).focus();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  await user.tab({ shift: true });
  expect(screen.getByRole('button', { name: 'Change the number instead' })).toHaveFocus();
  expect(dialog).toHaveAttribute('data-step', 'code');

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('button', { name: 'Manage phone number' })).toHaveFocus();
});

test('the only-login-method state and its email step work there too', async () => {
  const { user } = setup('only-login-method');
  await user.click(screen.getByRole('button', { name: 'Manage phone number' }));
  expect(await screen.findByText(/This phone number is the only way you can sign in/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Bind an email' }));
  expect(await screen.findByRole('textbox', { name: 'Email' })).toHaveFocus();
});
