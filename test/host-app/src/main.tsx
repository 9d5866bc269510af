// A host app as a user writes it: the kit comes from the packed tarball, not from our sources.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setupWorker } from 'msw/browser';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAuthingClient, type PhoneNumber, UnbindPhoneDialog } from 'unbind-phone-kit';
import { createFakeAuthing, fakeApiCodeKinds } from 'unbind-phone-kit/testing';
import { fakeAuthingHandlers } from 'unbind-phone-kit/testing/msw';
import 'unbind-phone-kit/styles.css';

const fake = createFakeAuthing();
// msw 2 calls it onUnhandledRequest, msw 3 onUnhandledFrame: this app runs on both majors.
const startOptions = { quiet: true, onUnhandledRequest: 'bypass', onUnhandledFrame: 'bypass' } as const;
await setupWorker(...fakeAuthingHandlers(fake)).start(startOptions);

const queryClient = new QueryClient();
// Same origin as the page (as when the app proxies Authing), so the strict CSP's connect-src
// 'self' lets the requests out to the mock service worker.
const client = createAuthingClient({
  appHost: window.location.origin,
  appId: 'host-app',
  getAccessToken: () => 'host-token',
  apiCodeKinds: fakeApiCodeKinds,
});

function App() {
  const [open, setOpen] = useState(false);
  const [removed, setRemoved] = useState<PhoneNumber | null>(null);
  return (
    <QueryClientProvider client={queryClient}>
      <button type="button" onClick={() => setOpen(true)}>
        Remove my phone
      </button>
      {removed && <p role="status">Host saw: {removed.number} removed</p>}
      <UnbindPhoneDialog client={client} open={open} onOpenChange={setOpen} onUnbound={setRemoved} />
    </QueryClientProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
