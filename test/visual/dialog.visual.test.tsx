import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { changeDialogStories, dialogStories, fixClock } from '../stories';

// Every state a person can meet, as the stories define them (the closed page and the
// Playground, which repeats Open Idle, are left out), and those of <ChangePhoneDialog>.
const states = [...dialogStories({ shown: true }), ...changeDialogStories()];

const viewports = { phone: [360, 740], desktop: [1280, 800] } as const;
const locales = ['en-US', 'zh-CN'] as const;
const themes = ['light', 'dark'] as const;

fixClock();

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
