import { useSyncExternalStore } from 'react';
import type { FakeAuthing } from '../../src/testing';

/** What a developer tool would show: the scenario and the SMS code the fake "sent". */
export function FakeAuthingPanel({ fake }: { fake: FakeAuthing }) {
  const state = useSyncExternalStore(fake.subscribe, fake.state);
  return (
    <aside className="fake-panel" aria-label="Fake Authing backend">
      <strong>Fake Authing</strong> · scenario <code>{state.scenario}</code> · SMS code{' '}
      <output className="fake-panel-code">{state.sentCode ?? '(none sent)'}</output>
    </aside>
  );
}
