import * as z from 'zod/mini';

// Built on first use, not at import: a host that never uses an Authing adapter (its own client)
// keeps none of this in its bundle, since an unused function is dropped where top-level zod
// calls would not be.
function buildSchemas() {
  const optionalText = z.optional(z.nullable(z.string()));
  return {
    /** Authing's answer to every call: `statusCode` 200 is success, anything else an error. */
    envelope: z.looseObject({
      statusCode: z.number(),
      message: optionalText,
      apiCode: z.optional(z.nullable(z.number())),
      requestId: optionalText,
      data: z.optional(z.unknown()),
    }),
    /** `data` of `GET /api/v3/get-profile?withIdentities=true`, as far as the kit needs it. */
    profile: z.looseObject({
      userId: z.string(),
      phone: optionalText,
      phoneCountryCode: optionalText,
      email: optionalText,
      username: optionalText,
      identities: z.optional(z.nullable(z.array(z.looseObject({ identityId: optionalText, provider: z.string() })))),
    }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;
/** The schemas of Authing's answers, made once. */
export const authingSchemas = () => {
  built ??= buildSchemas();
  return built;
};

export type AuthingEnvelope = z.output<ReturnType<typeof buildSchemas>['envelope']>;
export type AuthingProfile = z.output<ReturnType<typeof buildSchemas>['profile']>;
