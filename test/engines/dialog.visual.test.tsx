import { composeStories } from '@storybook/react-vite';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import * as stories from '../../stories/UnbindPhoneDialog.stories';
import { fixClock } from '../stories';

// A handful of states in this engine, against this engine's own baselines, so a change that
// breaks one engine's layout is seen: the form, a wrong code, the only-login-method explanation,
// the email step with its code sent, the change-number step, and the success, in both languages
// and both themes.
// Chromium's full set is test/visual.
const { OpenIdle, WrongCode, OnlyLoginMethod, BindEmailCodeSent, ChangeInstead, Success } = composeStories(stories);
const states = { OpenIdle, WrongCode, OnlyLoginMethod, BindEmailCodeSent, ChangeInstead, Success };

fixClock();

describe.each(['en-US', 'zh-CN'] as const)('%s', (locale) => {
  describe.each(['light', 'dark'] as const)('%s', (theme) => {
    test.each(Object.entries(states))('%s', async (name, Story) => {
      await Story.run({ args: { ...Story.args, locale, theme } });
      const dialog = page.getByRole('dialog');
      await expect.element(dialog).toBeVisible();
      await expect(dialog).toMatchScreenshot(`${name}-${locale}-${theme}`);
    });
  });
});
