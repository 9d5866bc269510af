// A page rendered on the server and hydrated: its loader uses the kit's React-free part, the page
// renders a kit component on the server, and the dialog runs against the Authing look-alike
// named by `?api=`.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CodeInput, createAuthingClient, UnbindPhoneDialog } from 'unbind-phone-kit';
import { maskPhone, zhCN } from 'unbind-phone-kit/core';
import type { Route } from './+types/home';

export function loader({ request }: Route.LoaderArgs) {
  return {
    api: new URL(request.url).searchParams.get('api') ?? '',
    phone: maskPhone({ number: '13812345678', countryCode: '+86' }),
    title: zhCN.messages['dialog.title'],
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { api, phone, title } = loaderData;
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() =>
    createAuthingClient({ appHost: api, appId: 'react-router-app', getAccessToken: () => 'token-alice' }),
  );
  const [open, setOpen] = useState(false);
  const [removed, setRemoved] = useState('');
  return (
    <QueryClientProvider client={queryClient}>
      <main>
        <p>Server rendered: {phone}</p>
        <p lang="zh-CN">Server rendered: {title}</p>
        <CodeInput aria-label="A code input rendered on the server" />
        <button type="button" onClick={() => setOpen(true)}>
          Remove my phone
        </button>
        {removed && <p role="status">Host saw: {removed} removed</p>}
        <UnbindPhoneDialog
          client={client}
          open={open}
          onOpenChange={setOpen}
          onUnbound={(removedPhone) => setRemoved(removedPhone.number)}
        />
      </main>
    </QueryClientProvider>
  );
}
