import { composeStories } from '@storybook/react-vite';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import * as stories from '../../stories/UnbindPhoneDialog.stories';

const composed = composeStories(stories);

// Every state a person can meet, as the stories define them (the closed page and the
// Playground, which repeats Open Idle, are left out).
const states = Object.entries(composed).filter(([name]) => name !== 'ClosedWithTrigger' && name !== 'Playground');

const viewports = { phone: [360, 740], desktop: [1280, 800] } as const;
const locales = ['en-US', 'zh-CN'] as const;
const themes = ['light', 'dark'] as const;

// A fixed clock: the countdown reads the same number on every run (it measures on
// performance.now(), so that is frozen too, not only Date). Timers stay real, so the fake
// backend and react-query run as they do in the playground.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance'] });
  vi.setSystemTime(new Date('2026-01-15T09:30:00Z'));
});
afterAll(() => vi.useRealTimers());

describe.each(Object.entries(viewports))('%s', (viewportName, [width, height]) => {
  beforeAll(async () => {
    await page.viewport(width, height);
  });

  describe.each(locales)('%s', (locale) => {
    describe.each(themes)('%s', (theme) => {
      test.each(states)('%s', async (name, Story) => {
        await Story.run({ args: { ...Story.args, locale, theme } });
        const dialog = page.getByRole('dialog');
        await expect.element(dialog).toBeVisible();
        await expect(dialog).toMatchScreenshot(`${name}-${locale}-${theme}-${viewportName}`);
      });
    });
  });
});
