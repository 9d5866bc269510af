import type { PhoneNumber } from '../core/types';

/** The account query. Share it to read or invalidate the same profile from the host app. */
export const unbindPhoneAccountQueryKey = ['unbind-phone-kit', 'account'] as const;

/** When the next SMS may be sent to this phone; kept in the QueryClient so it outlives the dialog. */
export const resendAvailableAtQueryKey = (phone: PhoneNumber | null | undefined) =>
  ['unbind-phone-kit', 'resend-available-at', phone ? `${phone.countryCode ?? ''}${phone.number}` : ''] as const;
