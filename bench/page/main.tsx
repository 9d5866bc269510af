// Benchmark page, built in production mode and driven by scripts/bench.mjs in Chromium.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Profiler, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { UnbindPhoneDialog } from '../../src/components/UnbindPhoneDialog';
import '../../src/components/styles.css';
import type { Account, UnbindPhoneClient } from '../../src/core/types';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';

const account: Account = {
  userId: 'bench',
  phone: { number: '13812345678', countryCode: '+86' },
  email: 'bench@example.com',
  username: null,
  identities: [],
};
const client: UnbindPhoneClient = {
  getAccount: async () => account,
  sendUnbindCode: async () => undefined,
  unbindPhone: async () => undefined,
};

/** A QueryClient that already holds the account, as after the first open: the form shows at once. */
function warmQueryClient() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(unbindPhoneAccountQueryKey, account);
  return queryClient;
}

const dialog = (queryClient: QueryClient, wrap: (node: ReactNode) => ReactNode = (node) => node) => (
  <QueryClientProvider client={queryClient}>{wrap(<UnbindPhoneDialog client={client} open />)}</QueryClientProvider>
);

declare global {
  interface Window {
    bench: {
      mountTimes: (runs: number) => number[];
      openForTyping: () => void;
      commits: () => number;
    };
  }
}

const host = document.getElementById('root') as HTMLElement;
let typingRoot: Root | undefined;
let commits = 0;

window.bench = {
  /** Time from render call to the committed, open dialog (flushSync), once per fresh mount. */
  mountTimes(runs) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const container = document.createElement('div');
      host.append(container);
      const root = createRoot(container);
      const queryClient = warmQueryClient();
      const start = performance.now();
      flushSync(() => root.render(dialog(queryClient)));
      times.push(performance.now() - start);
      // Counted only if the dialog really is open, with its form, when the clock stops.
      if (!container.querySelector('dialog[open] input')) throw new Error('the dialog was not open after the render');
      root.unmount();
      container.remove();
    }
    return times;
  },
  /** Opens the dialog under a Profiler that counts React commits. */
  openForTyping() {
    typingRoot = createRoot(host);
    const queryClient = warmQueryClient();
    flushSync(() =>
      typingRoot?.render(
        dialog(queryClient, (node) => (
          <Profiler
            id="dialog"
            onRender={() => {
              commits += 1;
            }}
          >
            {node}
          </Profiler>
        )),
      ),
    );
  },
  commits: () => commits,
};
