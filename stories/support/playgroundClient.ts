import { useMemo } from 'react';
import { createAuthingClient } from '../../src/core/authing/createAuthingClient';
import { fakeApiCodeKinds, fakeAppHost } from '../../src/testing';

/** The playground's client: the real Authing adapter, speaking to the fake behind the mock worker. */
export const usePlaygroundClient = () =>
  useMemo(
    () =>
      createAuthingClient({
        appHost: fakeAppHost,
        appId: 'playground',
        getAccessToken: () => 'playground-token',
        apiCodeKinds: fakeApiCodeKinds,
      }),
    [],
  );
