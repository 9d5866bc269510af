import { beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { dialogStories, fixClock } from '../stories';

// A language written right to left (the test pack `ar`, stories/support/rtlTestPack.ts): the
// dialog is laid out mirrored: the close button at the top left, the actions and the link from
// the left, the code field right of its button, the wait line and an alert's bar on the right.
const mirrored = ['OpenIdle', 'CountingDown', 'WrongCode', 'RateLimited'];
const states = dialogStories({ shown: true }).filter(([name]) => mirrored.includes(name));
const themes = ['light', 'dark'] as const;

fixClock();

describe.each(themes)('%s', (theme) => {
  beforeAll(async () => {
    await page.viewport(1280, 800);
  });

  test.each(states)('%s', async (name, Story) => {
    await Story.run({ args: { ...Story.args, locale: 'ar', theme } });
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAttribute('dir', 'rtl');
    await expect.element(dialog).toHaveAttribute('lang', 'ar');
    await expect(dialog).toMatchScreenshot(`${name}-ar-rtl-${theme}`);
  });
});
