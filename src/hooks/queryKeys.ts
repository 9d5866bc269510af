import type { PhoneNumber } from '../core/types';

/** The account query. Share it to read or invalidate the same profile from the host app. */
export const unbindPhoneAccountQueryKey = ['unbind-phone-kit', 'account'] as const;

/** One phone as one string: its country code (if any) and number. */
export const phoneKey = (phone: PhoneNumber | null | undefined) =>
  phone ? `${phone.countryCode ?? ''}${phone.number}` : '';

/** When the next SMS may be sent to this phone; kept in the QueryClient so it outlives the dialog. */
export const resendAvailableAtQueryKey = (phone: PhoneNumber | null | undefined) =>
  ['unbind-phone-kit', 'resend-available-at', phoneKey(phone)] as const;

/**
 * When the next code may be sent on Authing's bind-email channel (one email per minute per
 * channel): one wait for the channel, whatever the address, kept like the SMS one.
 */
export const bindEmailResendAvailableAtQueryKey = ['unbind-phone-kit', 'bind-email-resend-available-at'] as const;
