import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { PhoneNumber, UnbindPhoneClient } from '../../src/core/types';
import { type UseChangePhoneOptions, useChangePhone } from '../../src/flows/change-phone/useChangePhone';
import { unbindPhoneAccountQueryKey } from '../../src/hooks/queryKeys';
import { createFakeAuthing, type FakeScenario } from '../../src/testing';

const current = { number: '13812345678', countryCode: '+86' };
const fresh = { number: '13987654321', countryCode: '+86' };

/** The headless hook on the fake's own client: no UI, no network layer. */
function setup(scenario: FakeScenario = 'happy', props: Partial<UseChangePhoneOptions> = {}) {
  const fake = createFakeAuthing({ scenario });
  const queryClient = new QueryClient();
  const changed: [PhoneNumber | null, PhoneNumber][] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(
    (options: Partial<UseChangePhoneOptions>) =>
      useChangePhone({
        client: fake.client,
        currentPhone: current,
        onPhoneChanged: (from, to) => changed.push([from, to]),
        ...options,
      }),
    { wrapper, initialProps: props },
  );
  const paths = () => fake.state().requests.map((r) => r.path);
  return { fake, queryClient, changed, paths, ...hook };
}

describe('useChangePhone', () => {
  test('a code to each number, then the change: the host hears from and to, the account is read again', async () => {
    const { result, fake, changed, queryClient } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await act(() => result.current.sendCurrentCode());
    await act(() => result.current.sendNewCode(fresh));
    expect(result.current.current.sentTo).toBe('+8613812345678');
    expect(result.current.fresh.sentTo).toBe('+8613987654321');
    expect(result.current.fresh.resendAvailableAt).not.toBeNull();

    await act(() => result.current.change({ newPhone: fresh, newPassCode: '123456', currentPassCode: '123456' }));
    expect(result.current.changedTo).toEqual(fresh);
    expect(result.current.phase).toBe('done');
    expect(changed).toEqual([[current, fresh]]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: unbindPhoneAccountQueryKey });
    expect(fake.state().account.phone).toBe('13987654321');
  });

  test('one request per action: a second press while the change is out sends nothing', async () => {
    const { result, paths } = setup();
    await act(() => result.current.sendCurrentCode());
    await act(() => result.current.sendNewCode(fresh));
    const input = { newPhone: fresh, newPassCode: '123456', currentPassCode: '123456' };
    let second: boolean | undefined;
    await act(async () => {
      const first = result.current.change(input);
      second = await result.current.change(input);
      await first;
    });
    expect(second).toBe(false);
    expect(paths().filter((path) => path === '/api/v3/verify-update-phone-request')).toHaveLength(1);
  });

  test('each number has its own wait: the current phone waits, the new one can still get its code', async () => {
    const { result, paths } = setup();
    await act(() => result.current.sendCurrentCode());
    expect(await act(() => result.current.sendCurrentCode())).toBe(false);
    expect(result.current.current.resendAvailableAt).not.toBeNull();
    expect(await act(() => result.current.sendNewCode(fresh))).toBe(true);
    expect(paths().filter((path) => path === '/api/v3/send-sms')).toHaveLength(2);
  });

  test('what the server refuses is the error shown: the same number, a taken one, a refused token', async () => {
    const same = setup();
    await act(() => same.result.current.sendNewCode(current));
    expect(same.result.current.error?.kind).toBeUndefined();
    await act(() => same.result.current.change({ newPhone: current, newPassCode: '123456' }));
    expect(same.result.current.error?.kind).toBe('same-phone');

    for (const [scenario, kind] of [
      ['change-phone-taken', 'phone-taken'],
      ['change-token-expired', 'code-expired'],
    ] as const) {
      const { result, changed } = setup(scenario);
      await act(() => result.current.sendCurrentCode());
      await act(() => result.current.sendNewCode(fresh));
      await act(() => result.current.change({ newPhone: fresh, newPassCode: '123456', currentPassCode: '123456' }));
      expect(result.current.error?.kind).toBe(kind);
      expect(changed).toEqual([]);
    }
  });

  test('another client starts both codes over: nothing of the first session shows', async () => {
    const { result, rerender } = setup();
    await act(() => result.current.sendCurrentCode());
    await act(() => result.current.sendNewCode(fresh));
    rerender({ client: createFakeAuthing().client });
    await waitFor(() => expect(result.current.fresh.sentTo).toBeNull());
    expect(result.current.current.sentTo).toBeNull();
    expect(result.current.error).toBeNull();
  });

  test('a client without the methods cannot change a phone', () => {
    const {
      sendPhoneChangeCode: _,
      changePhone: __,
      ...client
    } = createFakeAuthing().client as Required<UnbindPhoneClient>;
    const { result } = setup('happy', { client });
    expect(result.current.canChangePhone).toBe(false);
  });
});
