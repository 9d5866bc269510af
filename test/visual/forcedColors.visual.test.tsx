// Forced colours (Windows high contrast), emulated through Chromium's DevTools protocol: the
// states that lean on colour, as screenshots with their own baselines, and what each must keep.
import { composeStories } from '@storybook/react-vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import * as stories from '../../stories/UnbindPhoneDialog.stories';
import { fixClock } from '../stories';

const { Submitting, WrongCode, OnlyLoginMethod, Success } = composeStories(stories);

fixClock();
beforeAll(async () => {
  await page.viewport(1280, 800);
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: '' }] });
});

const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);

describe('forced colours', () => {
  test('Removing…: the spinner keeps its gap', async () => {
    await Submitting.run({ args: { ...Submitting.args, locale: 'en-US', theme: 'light' } });
    await expect.element(page.getByRole('button', { name: 'Removing…' })).toBeVisible();
    const spinner = style('.upk-spinner');
    expect(spinner.borderRightColor).not.toBe(spinner.borderTopColor);
    await expect(page.getByRole('dialog')).toMatchScreenshot('forced-colors-Submitting');
  });

  test('a wrong code: the field says so without red', async () => {
    await WrongCode.run({ args: { ...WrongCode.args, locale: 'en-US', theme: 'light' } });
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(style('.upk-code-input[aria-invalid="true"]').borderTopStyle).toBe('dashed');
    await expect(page.getByRole('dialog')).toMatchScreenshot('forced-colors-WrongCode');
  });

  test.each([
    ['OnlyLoginMethod', OnlyLoginMethod],
    ['Success', Success],
  ] as const)('%s: the notice keeps its outline', async (name, Story) => {
    await Story.run({ args: { ...Story.args, locale: 'en-US', theme: 'light' } });
    await expect.element(page.getByRole('dialog')).toBeVisible();
    await expect.poll(() => document.querySelector('.upk-notice')).not.toBeNull();
    expect(style('.upk-notice').outlineStyle).toBe('solid');
    await expect(page.getByRole('dialog')).toMatchScreenshot(`forced-colors-${name}`);
  });
});
