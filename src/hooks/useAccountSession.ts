import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Account, UnbindPhoneClient } from '../core/types';
import { toUnbindPhoneError, type UnbindPhoneError } from '../core/UnbindPhoneError';
import { unbindPhoneAccountQueryKey } from './queryKeys';

// The kit's requests mean the same whatever the host's QueryClient defaults say: each runs once,
// at once (an offline browser fails it fast, nothing is queued for later), and never throws into
// the host's error boundary.
export const ownRules = { retry: false, networkMode: 'always', throwOnError: false } as const;

let sessionCount = 0;

/**
 * The account as one session reads it: each period of `enabled` (an open of a dialog) and each
 * client is a session of its own, with its own read, so nothing is shown or sent on the strength
 * of another session's (another user's) data. Uses the host's QueryClient, never its defaults.
 */
export function useAccountSession(client: UnbindPhoneClient, enabled: boolean) {
  const [session, setSession] = useState(() => ({ client, enabled, id: ++sessionCount }));
  if (session.client !== client || session.enabled !== enabled) setSession({ client, enabled, id: ++sessionCount });
  const query = useQuery<Account, UnbindPhoneError>({
    ...ownRules,
    queryKey: [...unbindPhoneAccountQueryKey, session.id],
    queryFn: enabled ? ({ signal }) => client.getAccount({ signal }).catch(rethrowTyped) : skipToken,
    // Gone as soon as no dialog shows it: no other user's profile lingers in the host's cache.
    gcTime: 0,
  });
  // A host default `placeholderData` would show the previous session's account: never used.
  return { id: session.id, query, account: query.isPlaceholderData ? undefined : query.data };
}

function rethrowTyped(error: unknown): never {
  throw toUnbindPhoneError(error);
}
