import { useEffect, useState } from 'react';
import { UnbindPhoneDialog, type UnbindPhoneDialogProps } from '../../src/flows/unbind-phone/UnbindPhoneDialog';
import type { FakeAuthing, FakeScenario } from '../../src/testing';
import { FakeAuthingPanel } from './FakeAuthingPanel';
import { usePlaygroundClient } from './playgroundClient';

export interface DialogStageProps extends Omit<UnbindPhoneDialogProps, 'client'> {
  readonly fake: FakeAuthing;
  readonly scenario?: FakeScenario | undefined;
  /** Show the host page's button that opens the dialog. */
  readonly trigger?: boolean | undefined;
  /** On the docs page: start closed and keep the panel in the flow of the page. */
  readonly inDocs?: boolean | undefined;
}

/**
 * A host page in miniature: a settings row with a button, the dialog on the real Authing
 * adapter, and the fake backend's panel.
 */
export function DialogStage({
  fake,
  scenario,
  trigger = true,
  inDocs = false,
  open,
  defaultOpen = true,
  ...props
}: DialogStageProps) {
  const client = usePlaygroundClient();
  // A modal takes the whole page: on the docs page it waits for its button.
  const [isOpen, setOpen] = useState(inDocs ? false : (open ?? defaultOpen));
  useEffect(() => {
    if (scenario && scenario !== fake.state().scenario) fake.setScenario(scenario);
  }, [fake, scenario]);

  return (
    <div className="stage">
      {trigger && (
        <section className="stage-row" aria-label="Account security">
          <span>Phone · +86 138****5678</span>
          <button type="button" className="stage-button" onClick={() => setOpen(true)}>
            Remove phone number…
          </button>
        </section>
      )}
      <FakeAuthingPanel fake={fake} docked={!inDocs} />
      <UnbindPhoneDialog {...props} client={client} open={isOpen} onOpenChange={setOpen} />
    </div>
  );
}
