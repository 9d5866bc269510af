'use client';
// The dialog in a client component, as the README shows it for Next.js.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createAuthingClient, UnbindPhoneDialog } from 'unbind-phone-kit';

export function RemovePhone({ api }: { api: string }) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() =>
    createAuthingClient({ appHost: api, appId: 'next-app', getAccessToken: () => 'token-alice' }),
  );
  const [open, setOpen] = useState(false);
  const [removed, setRemoved] = useState('');
  return (
    <QueryClientProvider client={queryClient}>
      <button type="button" onClick={() => setOpen(true)}>
        Remove my phone
      </button>
      {removed && <p role="status">Host saw: {removed} removed</p>}
      <UnbindPhoneDialog
        client={client}
        open={open}
        onOpenChange={setOpen}
        onUnbound={(phone) => setRemoved(phone.number)}
      />
    </QueryClientProvider>
  );
}
