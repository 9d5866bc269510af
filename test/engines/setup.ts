// Setup for the other engines' runs (npm run test:engines), before the usual setup files.
// Vitest's browser mode wraps the test frame in a box with `transform: scale(1)`; Playwright's
// BiDi backend (Firefox) then takes every element for "not visible". The box is in the page that
// hosts the frame, on our origin: drop the transform there.
const frame = window.frameElement as HTMLElement | null;
for (let box = frame?.parentElement; box; box = box.parentElement) {
  if (box.style.transform) box.style.transform = 'none';
}
