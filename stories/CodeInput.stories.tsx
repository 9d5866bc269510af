import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { CodeInput } from '../src/view/CodeInput';

const meta = {
  title: 'Kit/CodeInput',
  component: CodeInput,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One real `<input>` for an SMS code: `autocomplete="one-time-code"`, numeric keyboard, full-width digits, spaces and dashes normalised as you type, and the code taken out of a pasted message.',
      },
    },
  },
  render: (args) => (
    <div className="upk-dialog" style={{ position: 'static', display: 'block', padding: 16 }}>
      <label htmlFor="code" className="upk-label">
        Verification code
      </label>
      <div className="upk-code-row">
        <CodeInput id="code" {...args} />
      </div>
    </div>
  ),
} satisfies Meta<typeof CodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const NormalisesFullWidthDigits: Story = {
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByLabelText('Verification code');
    await userEvent.type(input, '１２３-４５６');
    await expect(input).toHaveValue('123456');
  },
};

function Controlled() {
  const [value, setValue] = useState('');
  return (
    <div className="upk-dialog" style={{ position: 'static', display: 'block', padding: 16 }}>
      <label htmlFor="controlled" className="upk-label">
        Verification code
      </label>
      <div className="upk-code-row">
        <CodeInput id="controlled" value={value} onChange={(event) => setValue(event.currentTarget.value)} />
      </div>
      <p>
        Value: <output>{value}</output>
      </p>
    </div>
  );
}

export const ControlledByTheHost: Story = {
  render: () => <Controlled />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Verification code'), '12 34');
    await expect(canvas.getByRole('status')).toHaveTextContent('1234');
  },
};
