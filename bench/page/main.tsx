// Benchmark page, built in production mode and driven by scripts/bench.mjs in Chromium.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Profiler, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { UnbindPhoneDialog } from '../../src/flows/unbind-phone/UnbindPhoneDialog';
import '../../src/view/styles.css';
import type { Account, UnbindPhoneClient } from '../../src/core/types';

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

/** Resolves once `selector` matches inside `root` (the account read for this open has arrived). */
function whenShown(root: HTMLElement, selector: string) {
  return new Promise<void>((resolve) => {
    if (root.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

const dialog = (queryClient: QueryClient, wrap: (node: ReactNode) => ReactNode = (node) => node) => (
  <QueryClientProvider client={queryClient}>{wrap(<UnbindPhoneDialog client={client} open />)}</QueryClientProvider>
);

declare global {
  interface Window {
    bench: {
      mountTimes: (runs: number) => Promise<{ open: number[]; form: number[] }>;
      openForTyping: () => Promise<void>;
      commits: () => number;
    };
  }
}

const host = document.getElementById('root') as HTMLElement;
let typingRoot: Root | undefined;
let commits = 0;
// The form is there from the first frame ("Loading your account…"); Send code waits, aria-disabled,
// until this open's account read is in. That is when the form is ready for a person.
const accountRead = 'dialog[open] .upk-send:not([aria-disabled])';

window.bench = {
  /**
   * Per fresh mount: time from the render call to the committed, open dialog (flushSync), and to
   * its form being ready, once the account read for this open has arrived (the client answers at
   * once, so this is the kit's own time plus one React Query notification tick).
   */
  async mountTimes(runs) {
    const times = { open: [] as number[], form: [] as number[] };
    for (let i = 0; i < runs; i += 1) {
      const container = document.createElement('div');
      host.append(container);
      const root = createRoot(container);
      const start = performance.now();
      flushSync(() => root.render(dialog(new QueryClient())));
      times.open.push(performance.now() - start);
      // Counted only if the dialog really is open when the clock stops.
      if (!container.querySelector('dialog[open]')) throw new Error('the dialog was not open after the render');
      await whenShown(container, accountRead);
      times.form.push(performance.now() - start);
      root.unmount();
      container.remove();
    }
    return times;
  },
  /** Opens the dialog under a Profiler that counts React commits, and waits for its form. */
  async openForTyping() {
    typingRoot = createRoot(host);
    const queryClient = new QueryClient();
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
    await whenShown(host, accountRead);
  },
  commits: () => commits,
};
