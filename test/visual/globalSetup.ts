import { rmSync } from 'node:fs';

/** Diff images are from the last failing run only: clear them when a new run starts. */
export default function clearOldDiffs() {
  rmSync(new URL('./__diffs__', import.meta.url), { recursive: true, force: true });
}
