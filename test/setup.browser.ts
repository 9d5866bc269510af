import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import '../src/view/styles.css';

// Every browser test also proves the kit printed no console error or warning and left no
// unhandled rejection behind (Vitest itself fails a test on an uncaught error).
const reported: string[] = [];
const original = { error: console.error, warn: console.warn };
const onRejection = (event: PromiseRejectionEvent) => reported.push(`unhandled rejection: ${String(event.reason)}`);

beforeEach(() => {
  reported.length = 0;
  console.error = (...args: unknown[]) => {
    reported.push(`console.error: ${args.map(String).join(' ')}`);
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    reported.push(`console.warn: ${args.map(String).join(' ')}`);
    original.warn(...args);
  };
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  cleanup();
  // Let requests aborted by the unmount settle before looking.
  await new Promise((resolve) => setTimeout(resolve, 20));
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = original.error;
  console.warn = original.warn;
  expect(reported).toEqual([]);
});
