// A host app under the conditions real ones have: StrictMode, a session store whose user can
// change, its own QueryClient defaults, a client it may swap, a dialog it may unmount, and host
// callbacks of its own. The kit comes from the packed tarball; Authing is a look-alike over HTTP
// on another origin (`?api=`). `window.host` is the host's own code acting, not the person.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAuthingClient, UnbindPhoneDialog } from 'unbind-phone-kit';
import { ChangePhoneDialog } from 'unbind-phone-kit/change';
import 'unbind-phone-kit/styles.css';

const params = new URLSearchParams(window.location.search);
const session = { user: 'alice', tokenDelayMs: 0 };

// `?hostRetries`: defaults many apps set, which must not change what the kit sends.
const queryClient = new QueryClient(
  params.has('hostRetries')
    ? {
        defaultOptions: {
          queries: { retry: 3, retryDelay: 10, networkMode: 'online', staleTime: Number.POSITIVE_INFINITY },
          mutations: { retry: 3, retryDelay: 10, networkMode: 'online' },
        },
      }
    : undefined,
);

const clientFor = (appId: string, fixedUser?: string) =>
  createAuthingClient({
    appHost: params.get('api') ?? '',
    appId,
    timeoutMs: 4000,
    getAccessToken: async () => {
      if (session.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, session.tokenDelayMs));
      return `token-${fixedUser ?? session.user}`;
    },
  });
const clients = { main: clientFor('host-app'), other: clientFor('other-app', 'carol') };

interface HostActions {
  signIn: (user: string) => void;
  slowToken: (ms: number) => void;
  useClient: (name: keyof typeof clients) => void;
  unmountDialog: () => void;
}
declare global {
  interface Window {
    host: HostActions;
  }
}

function App() {
  const [open, setOpen] = useState(false);
  const [changeOpen, setChangeOpen] = useState(false);
  const [mounted, setMounted] = useState(true);
  const [clientName, setClientName] = useState<keyof typeof clients>('main');
  const [log, setLog] = useState<string[]>([]);
  window.host = {
    signIn: (user) => {
      session.user = user;
    },
    slowToken: (ms) => {
      session.tokenDelayMs = ms;
    },
    useClient: setClientName,
    unmountDialog: () => setMounted(false),
  };
  return (
    <QueryClientProvider client={queryClient}>
      <button type="button" onClick={() => setOpen(true)}>
        Remove my phone
      </button>
      <button type="button" onClick={() => setChangeOpen(true)}>
        Change my phone
      </button>
      <p role="log" aria-label="Host log">
        {log.join('; ')}
      </p>
      {mounted && (
        <UnbindPhoneDialog
          client={clients[clientName]}
          open={open}
          onOpenChange={setOpen}
          onUnbound={(removed) => {
            setLog((lines) => [...lines, `removed ${removed.number}`]);
            if (params.has('throwOnUnbound')) throw new Error('a bug in the host');
          }}
          onPhoneChanged={(from, to) => setLog((lines) => [...lines, `changed ${from?.number} to ${to.number}`])}
        />
      )}
      {/* The same step as a dialog of its own, from unbind-phone-kit/change. */}
      <ChangePhoneDialog
        client={clients[clientName]}
        open={changeOpen}
        onOpenChange={setChangeOpen}
        onPhoneChanged={(from, to) => setLog((lines) => [...lines, `changed ${from?.number} to ${to.number}`])}
      />
    </QueryClientProvider>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
