import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { zhCN } from '../src/i18n/zh-CN';
import { SendCodeButton } from '../src/view/SendCodeButton';

const meta = {
  title: 'Kit/SendCodeButton',
  component: SendCodeButton,
  tags: ['autodocs'],
  args: { onClick: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '"Send code", then "Send again", with a line under it that counts down to `availableAt` (epoch ms); the button\'s own name never counts. While it waits or sends it stays focusable (`aria-disabled`) and ignores clicks. Only this component re-renders each second.',
      },
    },
  },
  decorators: [
    (Story) => (
      <div className="upk-dialog" style={{ position: 'static', display: 'block', padding: 16 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Pending: Story = { args: { pending: true } };

export const CountingDown: Story = {
  args: { availableAt: Date.now() + 45_000, sent: true },
  play: async ({ canvas, args }) => {
    // The wait counts on its own line; the button's name stays "Send again" (stable for a reader).
    // Its end was set when this file loaded: what is left depends on when the story renders (43 s
    // in a busy CI run), so the line is checked against the time left now, give or take a second
    // (the line shows the last tick; the button counts on performance time).
    const left = Math.ceil(((args.availableAt ?? 0) - Date.now()) / 1000);
    await expect(canvas.getByText(new RegExp(`^Send again in (${left - 1}|${left}|${left + 1}) s$`))).toBeVisible();
    const button = canvas.getByRole('button', { name: 'Send again' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    button.click();
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Chinese: Story = { args: { locale: zhCN, sent: true } };

function WithItsOwnCountdown() {
  const [availableAt, setAvailableAt] = useState<number | null>(null);
  return <SendCodeButton availableAt={availableAt} onClick={() => setAvailableAt(Date.now() + 10_000)} />;
}

/** A host's own flow: start the wait after its own send succeeds. */
export const HostDrivenCountdown: Story = {
  render: () => <WithItsOwnCountdown />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    // 10 s from Date.now(), counted on performance time: the two clocks can be apart, by a
    // second in WebKit and by two in a loaded Firefox run (it read 12 s).
    await expect(await canvas.findByText(/^Send again in (12|11|10|9|8) s$/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send code' })).toHaveAttribute('aria-disabled', 'true');
  },
};
