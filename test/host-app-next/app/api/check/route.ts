// A route handler: server code with the kit's error type and its kinds.
import { UnbindPhoneError, unbindPhoneErrorKinds } from 'unbind-phone-kit/core';

export function GET() {
  const error = new UnbindPhoneError('rate-limited', { retryAfterSeconds: 42 });
  return Response.json({ kinds: unbindPhoneErrorKinds.length, kind: error.kind, wait: error.retryAfterSeconds });
}
