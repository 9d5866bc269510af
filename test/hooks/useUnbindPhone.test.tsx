import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { useUnbindPhone } from '../../src/flows/unbind-phone/useUnbindPhone';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';

/** The headless hook on the fake's own client: no UI, no network layer. */
function setup(scenario: FakeScenario = 'happy', enabled = true) {
  const fake = createFakeAuthing({ scenario });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook((props: { enabled: boolean }) => useUnbindPhone({ client: fake.client, ...props }), {
    wrapper,
    initialProps: { enabled },
  });
  return { fake, queryClient, ...hook };
}

describe('useUnbindPhone', () => {
  test('loads the account into the shared query key', async () => {
    const { result, queryClient } = setup();
    await waitFor(() => expect(result.current.phone).toEqual({ number: '13812345678', countryCode: '+86' }));
    expect(queryClient.getQueriesData({ queryKey: unbindPhoneAccountQueryKey }).map(([, data]) => data)).toEqual([
      expect.objectContaining({ userId: 'user-1' }),
    ]);
    expect(result.current.blocker).toBeNull();
  });

  test('does not load while disabled', async () => {
    const { result, fake } = setup('happy', false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.account).toBeUndefined();
    expect(result.current.isLoadingAccount).toBe(false);
    expect(fake.state().requests).toHaveLength(0);
  });

  test('sends once, then refuses while the wait runs', async () => {
    const { result, fake } = setup();
    await waitFor(() => expect(result.current.phone).not.toBeNull());
    let first = false;
    let second = true;
    await act(async () => {
      first = await result.current.sendCode();
    });
    await act(async () => {
      second = await result.current.sendCode();
    });
    expect([first, second]).toEqual([true, false]);
    expect(fake.state().smsCount).toBe(1);
    expect(result.current.resendAvailableAt).toBeGreaterThan(Date.now() + 55_000);
    expect(result.current.codeSent).toBe(true);
  });

  test('says the phone is the only login method before anything is sent', async () => {
    const { result } = setup('only-login-method');
    await waitFor(() => expect(result.current.blocker).toBe('only-login-method'));
  });

  test('unbinds with the sent code and reports the removed phone', async () => {
    const { result, fake } = setup();
    await waitFor(() => expect(result.current.phone).not.toBeNull());
    await act(async () => {
      await result.current.sendCode();
    });
    let done = false;
    await act(async () => {
      done = await result.current.unbind(fake.state().sentCode ?? '');
    });
    expect(done).toBe(true);
    expect(result.current.isUnbound).toBe(true);
    expect(result.current.removedPhone?.number).toBe('13812345678');
  });

  test('a wrong code is a typed error, and reset forgets it', async () => {
    const { result } = setup('wrong-code');
    await waitFor(() => expect(result.current.phone).not.toBeNull());
    await act(async () => {
      await result.current.unbind('000000');
    });
    expect(result.current.error?.kind).toBe('invalid-code');
    act(() => result.current.reset());
    expect(result.current.error).toBeNull();
  });
});
