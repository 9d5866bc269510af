import * as z from 'zod/mini';

/** Authing's answer to every call: `statusCode` 200 is success, anything else an error. */
export const envelopeSchema = z.looseObject({
  statusCode: z.number(),
  message: z.optional(z.nullable(z.string())),
  apiCode: z.optional(z.nullable(z.number())),
  requestId: z.optional(z.nullable(z.string())),
  data: z.optional(z.unknown()),
});

export type AuthingEnvelope = z.output<typeof envelopeSchema>;

const optionalText = z.optional(z.nullable(z.string()));

/** `data` of `GET /api/v3/get-profile?withIdentities=true`, as far as the kit needs it. */
export const profileSchema = z.looseObject({
  userId: z.string(),
  phone: optionalText,
  phoneCountryCode: optionalText,
  email: optionalText,
  username: optionalText,
  identities: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          identityId: optionalText,
          provider: z.string(),
        }),
      ),
    ),
  ),
});

export type AuthingProfile = z.output<typeof profileSchema>;
