// The kit's own schemas written with zod's classic API, only to weigh it against zod/mini
// (src/core/authing/schemas.ts and src/core/passCode.ts are the real ones).
import { z } from 'zod';
import { checkPassCode, normalizePassCode } from '../src/core/passCode';

const optionalText = z.string().nullable().optional();

export const envelopeSchema = z.looseObject({
  statusCode: z.number(),
  message: optionalText,
  apiCode: z.number().nullable().optional(),
  requestId: optionalText,
  data: z.unknown().optional(),
});

export const profileSchema = z.looseObject({
  userId: z.string(),
  phone: optionalText,
  phoneCountryCode: optionalText,
  email: optionalText,
  username: optionalText,
  identities: z
    .array(z.looseObject({ identityId: optionalText, provider: z.string() }))
    .nullable()
    .optional(),
});

export const passCodeSchema = z.object({
  passCode: z
    .string()
    .overwrite(normalizePassCode)
    .superRefine((code, ctx) => {
      const issue = checkPassCode(code);
      if (issue) ctx.addIssue({ code: 'custom', message: issue });
    }),
});
