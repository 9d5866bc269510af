// unbind-phone-kit/testing/msw: the fake Authing behind msw, for tests and playgrounds that talk to
// it over (mocked) HTTP. Apart from unbind-phone-kit/testing so that a host without msw (or a
// test runner that cannot load msw's ESM-only dependencies) never meets it.
import { type HttpHandler, http } from 'msw';
import type { FakeAuthing } from './createFakeAuthing';

/**
 * msw request handlers answering Authing's v3 paths on any host from `fake`:
 * `setupServer(...fakeAuthingHandlers(fake))` or `setupWorker(...)`. Other paths fall through.
 */
export function fakeAuthingHandlers(fake: FakeAuthing): HttpHandler[] {
  return [http.all('*/api/v3/*', ({ request }) => fake.answer(request))];
}
