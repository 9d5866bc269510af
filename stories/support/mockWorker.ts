import { setupWorker } from 'msw/browser';
import { createFakeAuthing, type FakeAuthing, type FakeAuthingOptions } from '../../src/testing';
import { fakeAuthingHandlers } from '../../src/testing/msw';

/** One service worker for the playground; each story puts its own fake Authing on it. */
const worker = setupWorker();
let started: Promise<unknown> | undefined;

export async function mountFakeAuthing(options: FakeAuthingOptions): Promise<FakeAuthing> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const fake = createFakeAuthing(options);
  worker.resetHandlers(...fakeAuthingHandlers(fake));
  return fake;
}
