// A resource route: a loader on the server with the kit's React-free part (the error type and
// its kinds, the phone display), answering JSON.
import { maskPhone, UnbindPhoneError, unbindPhoneErrorKinds } from 'unbind-phone-kit/core';

export function loader() {
  const error = new UnbindPhoneError('rate-limited', { retryAfterSeconds: 42 });
  return Response.json({
    kinds: unbindPhoneErrorKinds.length,
    kind: error.kind,
    wait: error.retryAfterSeconds,
    phone: maskPhone({ number: '13812345678', countryCode: '+86' }),
  });
}
