import { useSyncExternalStore } from 'react';
import type { FakeAuthing } from '../../src/testing';

/** What a developer tool would show: the scenario and the codes the fake "sent" by SMS and email. */
export function FakeAuthingPanel({ fake, docked = true }: { fake: FakeAuthing; docked?: boolean }) {
  const state = useSyncExternalStore(fake.subscribe, fake.state);
  return (
    <aside className={docked ? 'fake-panel fake-panel--docked' : 'fake-panel'} aria-label="Fake Authing backend">
      <strong>Fake Authing</strong> · scenario <code>{state.scenario}</code> · SMS code{' '}
      <output className="fake-panel-code">{state.sentCode ?? '(none sent)'}</output>
      {state.sentEmailCode && (
        <>
          {' '}
          · email code <output className="fake-panel-code">{state.sentEmailCode}</output>
        </>
      )}
    </aside>
  );
}
