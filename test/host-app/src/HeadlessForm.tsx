// The README's headless example, type-checked here against the published types.
import { useState } from 'react';
import { CodeInput, SendCodeButton, type UnbindPhoneClient, useUnbindPhone } from 'unbind-phone-kit';

export function MyUnbindForm({ client }: { client: UnbindPhoneClient }) {
  const flow = useUnbindPhone({ client });
  const [code, setCode] = useState('');
  if (flow.blocker === 'only-login-method') return <p>Bind an email first.</p>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void flow.unbind(code);
      }}
    >
      <CodeInput aria-label="Code" value={code} onChange={(event) => setCode(event.currentTarget.value)} />
      <SendCodeButton
        availableAt={flow.resendAvailableAt}
        pending={flow.isSending}
        sent={flow.codeSent}
        onClick={() => void flow.sendCode()}
      />
      {flow.error && <p role="alert">{flow.error.kind}</p>}
      <button type="submit">Remove</button>
    </form>
  );
}
