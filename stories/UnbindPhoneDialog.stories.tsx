import { Controls, Description, Primary, Title } from '@storybook/addon-docs/blocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { UnbindPhoneDialog } from '../src/flows/unbind-phone/UnbindPhoneDialog';
import { type FakeAuthing, type FakeScenario, fakeScenarios } from '../src/testing';
import { fillBoth, fillNew } from './support/changeSteps';
import { DialogStage, type DialogStageProps } from './support/DialogStage';
import { mountFakeAuthing } from './support/mockWorker';
import { type LocaleCode, packFor, textsFor } from './support/texts';

type Args = Omit<DialogStageProps, 'fake' | 'scenario' | 'locale'> & {
  locale?: LocaleCode;
  scenario: FakeScenario;
  /** Latency of every fake answer, ms. */
  delayMs?: number;
  /** Extra latency of the unbind answer, ms. */
  unbindDelayMs?: number;
  /** The fake answers failures with HTTP statuses, as a gateway may (else HTTP 200, as Authing). */
  httpStatuses?: boolean;
  theme?: 'light' | 'dark';
};

const meta: Meta<Args> = {
  title: 'UnbindPhoneDialog',
  // The docs' props table is the dialog's; the stories render it on a host page (DialogStage).
  component: UnbindPhoneDialog as unknown as ComponentType<Args>,
  tags: ['autodocs'],
  args: { scenario: 'happy', trigger: true, defaultOpen: true },
  // The table shows each prop's type as a user writes it (the docgen sees `T | undefined`).
  argTypes: {
    scenario: {
      control: 'select',
      options: fakeScenarios,
      description: 'Playground only: what the fake Authing backend does',
      table: { category: 'playground' },
    },
    // Language and theme come from the toolbar only, so the two can never disagree; the visual
    // tests set them as args from code.
    theme: { control: false, table: { disable: true } },
    delayMs: { control: 'number', table: { category: 'playground' } },
    unbindDelayMs: { control: 'number', table: { category: 'playground' } },
    httpStatuses: { control: 'boolean', table: { category: 'playground' } },
    trigger: { table: { category: 'playground' } },
    client: { table: { type: { summary: 'UnbindPhoneClient' } } },
    open: { table: { type: { summary: 'boolean' } } },
    defaultOpen: { table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } } },
    onOpenChange: { table: { type: { summary: '(open: boolean) => void' } } },
    onUnbound: { table: { type: { summary: '(removed: PhoneNumber) => void' } } },
    onBindEmail: { table: { type: { summary: '() => void' } } },
    locale: {
      control: false,
      description: "The language pack: `enUS` (built in), `zhCN`, `zhTW` or `jaJP` (here: the toolbar's Locale)",
      table: { type: { summary: 'LocalePack' }, defaultValue: { summary: 'enUS' } },
    },
    messages: { table: { type: { summary: 'Partial<Messages>' } } },
    codeLength: {
      control: 'number',
      table: {
        type: { summary: 'number | { min: number; max: number }' },
        defaultValue: { summary: '{ min: 4, max: 6 }' },
      },
    },
    resendSeconds: { control: 'number', table: { type: { summary: 'number' }, defaultValue: { summary: '60' } } },
    className: { table: { type: { summary: 'string' } } },
    // `client` is the dialog's prop, not one of the stage's args: typed as the stage's table.
  } as NonNullable<Meta<Args>['argTypes']>,
  parameters: {
    docs: {
      // One live example (the first story, closed with its button) and the props: every story
      // shares the one mock worker, so a page of all of them would mix their backends.
      page: () => (
        <>
          <Title />
          <Description />
          <Primary />
          <Controls />
        </>
      ),
      description: {
        component:
          'A modal in which a signed-in person removes the phone number from their account. Every story runs on an in-memory fake of Authing served by msw: the panel shows the SMS code it "sent" (it is always `123456`).',
      },
    },
  },
  loaders: [
    async ({ args }) => ({
      fake: await mountFakeAuthing({
        scenario: args.scenario,
        delayMs: args.delayMs,
        unbindDelayMs: args.unbindDelayMs,
        httpStatuses: args.httpStatuses,
      }),
    }),
  ],
  render: (args, context) => {
    const {
      scenario,
      delayMs: _delay,
      unbindDelayMs: _unbindDelay,
      httpStatuses: _statuses,
      theme: _theme,
      locale,
      ...props
    } = args;
    return (
      <DialogStage
        {...props}
        fake={context.loaded.fake as FakeAuthing}
        scenario={scenario}
        inDocs={context.viewMode === 'docs'}
        locale={packFor(locale ?? (context.globals.locale as string | undefined))}
      />
    );
  },
};

export default meta;
type Story = StoryObj<Args>;
type Context = Parameters<NonNullable<Story['play']>>[0];
const fakeOf = (context: Context) => context.loaded.fake as FakeAuthing;

/** Send code once the account is in: until then the form shows "Loading…" and the button waits. */
const readySendButton = async (context: Context) => {
  const t = textsFor(context);
  const send = await context.canvas.findByRole('button', { name: t('send.idle') });
  await waitFor(() => expect(send).not.toHaveAttribute('aria-disabled'));
  return send;
};

const sendCode = async (context: Context) => {
  const { canvas, userEvent } = context;
  const t = textsFor(context);
  await userEvent.click(await readySendButton(context));
  await canvas.findByText(t('send.sent', { phone: '+86 138****5678' }));
};

const typeCode = async (context: Context, code = '123456') => {
  const t = textsFor(context);
  await context.userEvent.type(context.canvas.getByLabelText(t('code.label')), code);
};

const submit = async (context: Context) => {
  const t = textsFor(context);
  await context.userEvent.click(context.canvas.getByRole('button', { name: t('submit.idle') }));
};

/** The whole way to the server's answer: send the SMS, type the code it "sent", submit. */
/** The masked phone as a text query reads it (Testing Library turns the no-break space into a space). */
const current = '+86 138****5678';
/** The phone step: a code sent, then "Didn't get a code?" and "I no longer have this phone". */
const sayLostPhone = async (context: Context) => {
  const t = textsFor(context);
  await sendCode(context);
  await waitFor(async () => expect(context.canvas.getByLabelText(t('code.label'))).toHaveFocus());
  // "Didn't get a code?" comes with the dialog's lazy chunk: it may arrive after the code went out.
  await context.userEvent.click(await context.canvas.findByText(t('help.summary')));
  await context.userEvent.click(await context.canvas.findByRole('button', { name: t('help.lost') }));
  await expect(await context.canvas.findByRole('heading', { name: t('change.title') })).toBeVisible();
};
const sendTypeAndSubmit = async (context: Context) => {
  await sendCode(context);
  await typeCode(context);
  await submit(context);
};

/**
 * The host page before anything happens: a button that opens the dialog. The account answers
 * after 400 ms, so the dialog always opens before it, in every engine (Firefox opens a dialog
 * 100 ms after focus left its trigger): a reader hears "Loading your account…", then the phone.
 */
export const ClosedWithTrigger: Story = {
  args: { defaultOpen: false, delayMs: 400 },
  play: async (context) => {
    const { canvas, userEvent } = context;
    expect(canvas.queryByRole('dialog')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove phone number…' }));
    const t = textsFor(context);
    await expect(await canvas.findByRole('dialog', { name: t('dialog.title') })).toBeVisible();
    await readySendButton(context);
  },
};

export const OpenIdle: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await expect(await readySendButton(context)).toHaveFocus();
    await expect(context.canvas.getByText(t('dialog.description', { phone: '+86 138****5678' }))).toBeVisible();
  },
};

export const LoadingAccount: Story = {
  args: { scenario: 'slow', delayMs: 600_000 },
  play: async (context) => {
    const t = textsFor(context);
    await expect(await context.canvas.findByText(t('dialog.loading'))).toBeVisible();
  },
};

export const Sending: Story = {
  args: { scenario: 'happy' },
  play: async (context) => {
    const t = textsFor(context);
    fakeOf(context).setScenario('no-answer');
    await context.userEvent.click(await readySendButton(context));
    await expect(await context.canvas.findByRole('button', { name: t('send.pending') })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const CountingDown: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await sendCode(context);
    await expect(await context.canvas.findByText(/60|59/)).toHaveClass('upk-send-wait');
    await expect(context.canvas.getByRole('button', { name: t('send.again') })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await waitFor(async () => expect(context.canvas.getByLabelText(t('code.label'))).toHaveFocus());
  },
};

/** "Didn't get a code?" opened: what to check, and the host's page for a lost phone (`onLostPhone`). */
export const DidNotGetCode: Story = {
  args: { onLostPhone: fn() },
  play: async (context) => {
    const t = textsFor(context);
    await sendCode(context);
    await waitFor(async () => expect(context.canvas.getByLabelText(t('code.label'))).toHaveFocus());
    await context.userEvent.click(context.canvas.getByText(t('help.summary')));
    await expect(await context.canvas.findByRole('button', { name: t('help.lost') })).toBeVisible();
  },
};

export const CodeTyped: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await sendCode(context);
    await typeCode(context, '１２３ ４５６');
    await expect(context.canvas.getByLabelText(t('code.label'))).toHaveValue('123456');
  },
};

export const Submitting: Story = {
  args: { unbindDelayMs: 600_000 },
  play: async (context) => {
    const t = textsFor(context);
    await sendTypeAndSubmit(context);
    await expect(await context.canvas.findByRole('button', { name: t('submit.pending') })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

export const InvalidInput: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await sendCode(context);
    await typeCode(context, '12');
    await submit(context);
    await expect(
      await context.canvas.findByText(t('code.too-short', { length: t('code.length-range', { min: 4, max: 6 }) })),
    ).toBeVisible();
  },
};

export const WrongCode: Story = {
  args: { scenario: 'wrong-code' },
  play: async (context) => {
    const t = textsFor(context);
    await sendTypeAndSubmit(context);
    await expect(await context.canvas.findByText(t('error.invalid-code'))).toBeVisible();
    await expect(context.canvas.getByLabelText(t('code.label'))).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ExpiredCode: Story = {
  args: { scenario: 'expired-code' },
  play: async (context) => {
    const t = textsFor(context);
    await sendTypeAndSubmit(context);
    // Sent a moment ago, so the wait runs: the message says when a new code can be sent.
    await expect(await context.canvas.findByText(t('error.code-expired-wait'))).toBeVisible();
  },
};

/** Throttled by a gateway that says how long to wait (`Retry-After: 42`): the countdown follows it. */
export const RateLimited: Story = {
  args: { scenario: 'rate-limited', httpStatuses: true },
  play: async (context) => {
    const t = textsFor(context);
    await context.userEvent.click(await readySendButton(context));
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('error.rate-limited'));
    await expect(await context.canvas.findByText(/4[12]/)).toHaveClass('upk-send-wait');
    await expect(context.canvas.getByRole('button', { name: t('send.idle') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Known from the profile, before any SMS; the way forward is the dialog's own email step. */
export const OnlyLoginMethod: Story = {
  args: { scenario: 'only-login-method' },
  play: async (context) => {
    const t = textsFor(context);
    await expect(await context.canvas.findByText(t('error.only-login-method'))).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('blocked.bind-email') })).toBeVisible();
    expect(context.canvas.queryByRole('button', { name: t('send.idle') })).toBeNull();
    expect(fakeOf(context).state().smsCount).toBe(0);
  },
};

/** Known only from the server's answer; the host gave `onBindEmail`, its own page for it. */
export const OnlyLoginMethodFromServer: Story = {
  args: { scenario: 'only-login-method-late', onBindEmail: () => undefined },
  play: async (context) => {
    const t = textsFor(context);
    await sendTypeAndSubmit(context);
    await expect(await context.canvas.findByText(t('error.only-login-method'))).toBeVisible();
  },
};

const email = 'han.mei@example.com';

/** The email step, as "Bind an email" opens it: the address field has focus. */
export const BindEmail: Story = {
  args: { scenario: 'only-login-method' },
  play: async (context) => {
    const t = textsFor(context);
    // As a person does: the notice is heard first (focus lands on Cancel, described by it), then
    // "Bind an email" is pressed. Pressed sooner, the focus move can come after the click.
    const bindEmail = await context.canvas.findByRole('button', { name: t('blocked.bind-email') });
    await waitFor(() => expect(context.canvas.getByRole('button', { name: t('dialog.cancel') })).toHaveFocus());
    await context.userEvent.click(bindEmail);
    await waitFor(async () => expect(await context.canvas.findByLabelText(t('email.label'))).toHaveFocus());
  },
};

const openEmailStep = async (context: Context, address = email) => {
  const t = textsFor(context);
  await BindEmail.play?.(context);
  if (address) await context.userEvent.type(context.canvas.getByLabelText(t('email.label')), address);
};

const sendEmailCode = async (context: Context) => {
  const t = textsFor(context);
  await openEmailStep(context);
  await context.userEvent.click(context.canvas.getByRole('button', { name: t('send.idle') }));
};

const bindEmail = async (context: Context, code = '123456') => {
  const t = textsFor(context);
  await sendEmailCode(context);
  await context.canvas.findByText(t('email.sent', { email }));
  await context.userEvent.type(context.canvas.getByLabelText(t('email.code-label')), code);
  await context.userEvent.click(context.canvas.getByRole('button', { name: t('email.submit') }));
};

export const BindEmailCodeSent: Story = {
  args: { scenario: 'only-login-method' },
  play: async (context) => {
    const t = textsFor(context);
    await sendEmailCode(context);
    await expect(await context.canvas.findByText(t('email.sent', { email }))).toBeVisible();
    await waitFor(async () => expect(context.canvas.getByLabelText(t('email.code-label'))).toHaveFocus());
  },
};

export const BindEmailInvalidAddress: Story = {
  args: { scenario: 'only-login-method' },
  play: async (context) => {
    const t = textsFor(context);
    await openEmailStep(context, 'han.mei@');
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('send.idle') }));
    await expect(await context.canvas.findByText(t('email.invalid'))).toBeVisible();
    await expect(context.canvas.getByLabelText(t('email.label'))).toHaveAttribute('aria-invalid', 'true');
    expect(fakeOf(context).state().sentEmailCode).toBeNull();
  },
};

export const BindEmailTaken: Story = {
  args: { scenario: 'email-taken' },
  play: async (context) => {
    const t = textsFor(context);
    await bindEmail(context);
    await expect(await context.canvas.findByText(t('error.email-taken'))).toBeVisible();
    await waitFor(async () => expect(context.canvas.getByLabelText(t('email.label'))).toHaveFocus());
  },
};

export const BindEmailWrongCode: Story = {
  args: { scenario: 'email-wrong-code' },
  play: async (context) => {
    const t = textsFor(context);
    await bindEmail(context);
    await expect(await context.canvas.findByText(t('email.invalid-code'))).toBeVisible();
    await expect(context.canvas.getByLabelText(t('email.code-label'))).toHaveAttribute('aria-invalid', 'true');
  },
};

export const BindEmailRateLimited: Story = {
  args: { scenario: 'email-rate-limited' },
  play: async (context) => {
    const t = textsFor(context);
    await sendEmailCode(context);
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('error.rate-limited'));
    await expect(await context.canvas.findByText(/60|59/)).toHaveClass('upk-send-wait');
    await expect(context.canvas.getByRole('button', { name: t('send.idle') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The email is bound: the dialog is back at the phone, says so, and the usual flow goes on. */
export const EmailBound: Story = {
  args: { scenario: 'only-login-method' },
  play: async (context) => {
    const t = textsFor(context);
    await bindEmail(context);
    await expect(await context.canvas.findByText(t('email.bound', { email }))).toBeVisible();
    await waitFor(async () => expect(context.canvas.getByRole('button', { name: t('send.idle') })).toHaveFocus());
    expect(fakeOf(context).state().account.email).toBe(email);
  },
};

export const NoPhone: Story = {
  args: { scenario: 'no-phone' },
  play: async (context) => {
    const t = textsFor(context);
    await expect(await context.canvas.findByText(t('error.no-phone'))).toBeVisible();
  },
};

export const SessionExpired: Story = {
  args: { scenario: 'unauthenticated' },
  play: async (context) => {
    const t = textsFor(context);
    await expect(await context.canvas.findByText(t('error.unauthenticated'))).toBeVisible();
    // Signing in again is the host's to do: Cancel takes focus, and says why.
    await waitFor(async () => expect(context.canvas.getByRole('button', { name: t('dialog.cancel') })).toHaveFocus());
  },
};

export const NetworkDown: Story = {
  args: { scenario: 'network-down' },
  play: async (context) => {
    const t = textsFor(context);
    await context.userEvent.click(await readySendButton(context));
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(t('error.network'));
  },
};

export const ServerError: Story = {
  args: { scenario: 'server-error' },
  play: async (context) => {
    const t = textsFor(context);
    await context.userEvent.click(await readySendButton(context));
    const alert = await context.canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(t('error.server'));
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

export const Success: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await sendTypeAndSubmit(context);
    await expect(await context.canvas.findByRole('heading', { name: t('success.title') })).toBeVisible();
    await waitFor(async () => expect(context.canvas.getByRole('button', { name: t('success.done') })).toHaveFocus());
  },
};

/** "Change the number instead", from the phone step: the change step in the same dialog, focus on the new number. */
export const ChangeInstead: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await readySendButton(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.instead') }));
    await expect(await context.canvas.findByRole('heading', { name: t('change.title') })).toBeVisible();
    const field = context.canvas.getByLabelText(t('change.number-label'));
    await waitFor(() => expect(field).toHaveFocus());
  },
};

/** The number changed from inside the dialog: it says which number the account has now. */
export const ChangedInstead: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await readySendButton(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.instead') }));
    await fillBoth(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.submit') }));
    await expect(await context.canvas.findByRole('heading', { name: t('change.done-title') })).toBeVisible();
    await waitFor(() => expect(context.canvas.getByRole('button', { name: t('success.done') })).toHaveFocus());
    expect(fakeOf(context).state().account.phone).toBe('13987654321');
  },
};

/** "I no longer have this phone" where the dialog can change the number: the change step without the old phone's code. */
export const ChangeWithoutOldPhone: Story = {
  args: { scenario: 'change-without-current-code' },
  play: async (context) => {
    const t = textsFor(context);
    await sayLostPhone(context);
    await fillNew(context);
    await expect(context.canvas.queryByText(t('change.current-code-label', { phone: current }))).toBeNull();
  },
};

/** The same where the user pool asks for the old phone's code after all: the dialog says this way is closed. */
export const ChangeNeedsOldPhone: Story = {
  play: async (context) => {
    const t = textsFor(context);
    await sayLostPhone(context);
    await fillNew(context);
    await context.userEvent.click(context.canvas.getByRole('button', { name: t('change.submit') }));
    await expect(await context.canvas.findByText(t('change.needs-current', { phone: current }))).toBeVisible();
    await waitFor(() => expect(context.canvas.getByRole('button', { name: t('dialog.cancel') })).toHaveFocus());
  },
};

/** Every knob at once: the backend's behaviour, the code rules, the latency; language and theme from the toolbar. */
export const Playground: Story = {
  args: {
    scenario: 'happy',
    codeLength: 6,
    resendSeconds: 60,
    delayMs: 400,
  },
};
