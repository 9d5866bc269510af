import { afterEach, beforeAll, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderDialog, startWorker, worker } from '../harness';

beforeAll(startWorker);
afterEach(() => worker.resetHandlers());

test('the whole flow works', async () => {
  const { fake, calls } = renderDialog();
  await userEvent.click(page.getByRole('button', { name: 'Manage phone number' }));
  await expect.element(page.getByRole('dialog', { name: 'Remove phone number' })).toBeVisible();
  await expect.element(page.getByText('+86 138****5678', { exact: false })).toBeVisible();
  await userEvent.click(page.getByRole('button', { name: 'Send code' }));
  await expect.element(page.getByRole('button', { name: /Send again in 60 s|Send again in 59 s/ })).toBeVisible();
  await userEvent.fill(page.getByLabelText('Verification code'), fake.state().sentCode ?? '');
  await userEvent.click(page.getByRole('button', { name: 'Remove phone' }));
  await expect.element(page.getByRole('heading', { name: 'Phone number removed' })).toBeVisible();
  expect(calls.unbound).toBe(1);
});
