import { keepPreviousData, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { delay, getResponse, HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { type ComponentProps, useState } from 'react';
import { createAuthingClient } from '../src/core/authing/createAuthingClient';
import type { PhoneNumber, UnbindPhoneClient } from '../src/core/types';
import { UnbindPhoneDialog } from '../src/flows/unbind-phone/UnbindPhoneDialog';
import {
  createFakeAuthing,
  type FakeAuthing,
  type FakeAuthingOptions,
  fakeApiCodeKinds,
  fakeAppHost,
} from '../src/testing';
import { fakeAuthingHandlers } from '../src/testing/msw';

/** One service worker for the whole test file; each test puts its fake backend's handlers on it. */
export const worker = setupWorker();

export async function startWorker() {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

export type DialogProps = Partial<ComponentProps<typeof UnbindPhoneDialog>>;

export interface RenderOptions extends FakeAuthingOptions {
  readonly props?: DialogProps;
  /** Talk to the fake through the real adapter over msw (default), or straight to a client. */
  readonly client?: UnbindPhoneClient;
  readonly timeoutMs?: number;
  /** How many dialogs (each with its own trigger) the page holds; they share one QueryClient. */
  readonly copies?: number;
  /** The host's own QueryClient, with whatever defaults it has. */
  readonly queryClient?: QueryClient;
}

interface HostProps extends DialogProps {
  readonly client: UnbindPhoneClient;
  readonly calls: { unbound: number; removed: PhoneNumber[]; bindEmail: number; openChanges: boolean[] };
}

/** A host page: a button that opens the dialog, which it controls. */
function Host({ client, calls, ...props }: HostProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Manage phone number
      </button>
      <UnbindPhoneDialog
        client={client}
        open={open}
        onOpenChange={(next) => {
          calls.openChanges.push(next);
          setOpen(next);
        }}
        onUnbound={(removed) => {
          calls.unbound += 1;
          calls.removed.push(removed);
        }}
        onBindEmail={() => {
          calls.bindEmail += 1;
        }}
        {...props}
      />
    </>
  );
}

/** The real Authing adapter, speaking to the fake behind the worker (`token`: whose session). */
export const authingClient = ({
  token = 'test-access-token',
  timeoutMs,
}: {
  token?: string;
  timeoutMs?: number | undefined;
} = {}) =>
  createAuthingClient({
    appHost: fakeAppHost,
    appId: 'app-1',
    getAccessToken: () => token,
    apiCodeKinds: fakeApiCodeKinds,
    timeoutMs,
  });

/**
 * The server does what `path` asks, but its answer never reaches the page: the connection drops
 * (`drop`), or the answer comes after any timeout (`timeout`).
 */
export function loseAnswer(method: 'post' | 'get', path: string, fake: FakeAuthing, fault: 'timeout' | 'drop') {
  worker.use(
    http[method](`*${path}`, async ({ request }) => {
      await getResponse(fakeAuthingHandlers(fake), request);
      if (fault === 'drop') return HttpResponse.error();
      await delay(5000);
      return undefined;
    }),
  );
}

/** The dialog as a host app uses it: a trigger button, a QueryClient, the Authing adapter. */
export function renderDialog(options: RenderOptions = {}) {
  const fake = createFakeAuthing(options);
  worker.use(...fakeAuthingHandlers(fake));
  const client = options.client ?? authingClient({ timeoutMs: options.timeoutMs });
  const queryClient = options.queryClient ?? new QueryClient();
  const calls = { unbound: 0, removed: [] as PhoneNumber[], bindEmail: 0, openChanges: [] as boolean[] };

  const view = render(
    <QueryClientProvider client={queryClient}>
      {Array.from({ length: options.copies ?? 1 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the copies never reorder
        <Host key={index} client={client} calls={calls} {...options.props} />
      ))}
    </QueryClientProvider>,
  );
  return {
    fake,
    queryClient,
    calls,
    view,
    rerender: (props: DialogProps) =>
      view.rerender(
        <QueryClientProvider client={queryClient}>
          <Host client={client} calls={calls} {...options.props} {...props} />
        </QueryClientProvider>,
      ),
  };
}

/** A host's QueryClient with every default the kit must not follow for its own requests. */
export const hostDefaults = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: 3,
        retryDelay: 1,
        staleTime: Number.POSITIVE_INFINITY,
        networkMode: 'online',
        throwOnError: true,
        placeholderData: keepPreviousData,
      },
      mutations: { retry: 3, retryDelay: 1, networkMode: 'online', throwOnError: true },
    },
  });
