// A Tailwind v4 host: utilities passed in className restyle the dialog, an ancestor sets the
// kit's custom properties, and preflight is on. Authing is the look-alike (`?api=`).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createAuthingClient, UnbindPhoneDialog } from 'unbind-phone-kit';

const queryClient = new QueryClient();
const client = createAuthingClient({
  appHost: new URLSearchParams(window.location.search).get('api') ?? '',
  appId: 'tailwind-app',
  getAccessToken: () => 'token-alice',
});

function App() {
  const [open, setOpen] = useState(false);
  return (
    <QueryClientProvider client={queryClient}>
      <main className="host-title-rule p-8 [--upk-radius-control:3px]">
        <button type="button" className="rounded bg-slate-800 px-3 py-2 text-white" onClick={() => setOpen(true)}>
          Remove my phone
        </button>
        {/* What the utilities below compute to, for the test to compare against. */}
        <div data-probe className="rounded-none bg-amber-50 font-mono" hidden />
        <UnbindPhoneDialog
          client={client}
          open={open}
          onOpenChange={setOpen}
          className="rounded-none bg-amber-50 font-mono"
        />
      </main>
    </QueryClientProvider>
  );
}

export function mount() {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}
