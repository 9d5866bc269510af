import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { ChangePhoneDialog, type ChangePhoneDialogProps } from '../src/flows/change-phone/ChangePhoneDialog';
import { type FakeAuthing, type FakeScenario, fakeScenarios } from '../src/testing';
import { fillBoth } from './support/changeSteps';
import { FakeAuthingPanel } from './support/FakeAuthingPanel';
import { mountFakeAuthing } from './support/mockWorker';
import { usePlaygroundClient } from './support/playgroundClient';
import { type LocaleCode, packFor, textsFor } from './support/texts';

type Args = Omit<ChangePhoneDialogProps, 'client' | 'locale'> & {
  scenario: FakeScenario;
  /** Latency of every fake answer, ms. */
  delayMs?: number;
  locale?: LocaleCode;
  /** The host page's theme (the toolbar's, unless a test sets it). */
  theme?: 'light' | 'dark';
};

/** A host page in miniature: a settings row with a Change button, the dialog on the real Authing adapter, the fake's panel. */
function ChangeStage({ fake, defaultOpen, ...props }: Omit<ChangePhoneDialogProps, 'client'> & { fake: FakeAuthing }) {
  const client = usePlaygroundClient();
  const [open, setOpen] = useState(defaultOpen ?? true);
  return (
    <div className="stage">
      <section className="stage-row" aria-label="Account security">
        <span>Phone · +86 138****5678</span>
        <button type="button" className="stage-button" onClick={() => setOpen(true)}>
          Change phone number…
        </button>
      </section>
      <FakeAuthingPanel fake={fake} docked />
      <ChangePhoneDialog {...props} client={client} open={open} onOpenChange={setOpen} />
    </div>
  );
}

const meta: Meta<Args> = {
  title: 'ChangePhoneDialog',
  args: { scenario: 'happy', defaultOpen: true },
  argTypes: {
    scenario: { control: 'select', options: fakeScenarios, table: { category: 'playground' } },
    delayMs: { control: 'number', table: { category: 'playground' } },
    locale: { control: false, table: { disable: true } },
    theme: { control: false, table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A modal in which a signed-in person changes the phone number of their account: a code to the new number, a code to the current one, then the change. The fake sends `123456` to every number.',
      },
    },
  },
  loaders: [async ({ args }) => ({ fake: await mountFakeAuthing({ scenario: args.scenario, delayMs: args.delayMs }) })],
  render: ({ scenario: _scenario, delayMs: _delay, locale, theme: _theme, ...props }, context) => (
    <ChangeStage
      {...props}
      fake={context.loaded.fake as FakeAuthing}
      locale={packFor(locale ?? (context.globals.locale as string | undefined))}
    />
  ),
};

export default meta;
type Story = StoryObj<Args>;

/** The dialog as it opens: focus on the new number, then the account read. */
export const Open: Story = {
  play: async (context) => {
    const t = textsFor(context);
    const field = await context.canvas.findByLabelText(t('change.number-label'));
    await waitFor(() => expect(field).toHaveFocus());
    await context.canvas.findByLabelText(t('change.current-code-label', { phone: '+86 138****5678' }));
  },
};

/** The whole way: both codes, then Change number; the dialog says which number the account has now. */
export const Changed: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await fillBoth(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.submit') }));
    await expect(await context.canvas.findByRole('heading', { name: t('change.done-title') })).toBeVisible();
    await waitFor(() => expect(context.canvas.getByRole('button', { name: t('success.done') })).toHaveFocus());
  },
};

/** The new number belongs to another account: said under the number, which takes focus. */
export const PhoneTaken: Story = {
  args: { scenario: 'change-phone-taken' },
  play: async (context) => {
    const t = textsFor(context);
    await fillBoth(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.submit') }));
    await expect(await context.canvas.findByText(t('error.phone-taken'))).toBeVisible();
  },
};
