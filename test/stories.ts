// What the story-driven tests (screenshots, speech, contrast) share: the dialog's stories and a
// clock that reads the same on every run.
import { composeStories } from '@storybook/react-vite';
import { afterAll, beforeAll, vi } from 'vitest';
import * as changeDialog from '../stories/ChangePhoneDialog.stories';
import * as stories from '../stories/UnbindPhoneDialog.stories';

/**
 * Every dialog story but the Playground (it repeats Open Idle with the toolbar's choices); with
 * `shown`, also without the closed page, for tests that need the dialog on screen. A function:
 * stories are composed after the file's project annotations are set.
 */
export function dialogStories({ shown = false } = {}) {
  return Object.entries(composeStories(stories)).filter(
    ([name]) => name !== 'Playground' && !(shown && name === 'ClosedWithTrigger'),
  );
}

/** The stories of `<ChangePhoneDialog>`, named `ChangePhoneDialog<Story>` (all show the dialog). */
export function changeDialogStories() {
  return Object.entries(composeStories(changeDialog)).map(
    ([name, Story]) => [`ChangePhoneDialog${name}`, Story] as const,
  );
}

/**
 * For the whole file, `Date` and `performance` read 2026-01-15 09:30 UTC and stand still, so a
 * countdown shows the same number on every run. Timers stay real: the fake backend and
 * react-query run as they do in the playground.
 */
export function fixClock() {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date', 'performance'] });
    vi.setSystemTime(new Date('2026-01-15T09:30:00Z'));
  });
  afterAll(() => vi.useRealTimers());
}
