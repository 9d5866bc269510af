// Setup for Firefox's runs (npm run test:engines), before the usual setup files.
// Vitest's browser mode wraps the test frame in a box with a `transform: scale(…)` (set again
// whenever a test changes the viewport); Playwright's BiDi backend (Firefox) then takes every
// element for "not visible". The box is in the page that hosts the frame, on our origin: drop the
// transform there, now and each time it comes back.
const frame = window.frameElement as HTMLElement | null;
const boxes: HTMLElement[] = [];
for (let box = frame?.parentElement; box; box = box.parentElement) boxes.push(box);
const flatten = () => {
  for (const box of boxes) if (box.style.transform && box.style.transform !== 'none') box.style.transform = 'none';
};
flatten();
const watch = new MutationObserver(flatten);
for (const box of boxes) watch.observe(box, { attributes: true, attributeFilter: ['style'] });
