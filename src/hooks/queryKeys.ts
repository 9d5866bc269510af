import type { PhoneNumber } from '../core/types';

/** The account query. Share it to read or invalidate the same profile from the host app. */
export const unbindPhoneAccountQueryKey = ['unbind-phone-kit', 'account'] as const;

/** One phone as one string: its country code (if any) and number. */
export const phoneKey = (phone: PhoneNumber | null | undefined) =>
  phone ? `${phone.countryCode ?? ''}${phone.number}` : '';
