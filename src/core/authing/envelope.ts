import { textLang } from '../textLang';
import { UnbindPhoneError, type UnbindPhoneErrorKind } from '../UnbindPhoneError';
import { authingApiCodeKinds, kindOfAuthingFailure } from './errorTable';
import { type AuthingEnvelope, authingSchemas } from './schemas';

export interface EnvelopeContext {
  /** The HTTP status the envelope came with; 200 where there was no HTTP (an SDK's answer). */
  readonly httpStatus: number;
  readonly table?: Readonly<Record<number, UnbindPhoneErrorKind>> | undefined;
  readonly retryAfterSeconds?: number | undefined;
}

/** Returns a successful envelope, or throws the `UnbindPhoneError` that the answer stands for. */
export function readEnvelope(json: unknown, context: EnvelopeContext): AuthingEnvelope {
  const { httpStatus, table = authingApiCodeKinds } = context;
  const ok = httpStatus >= 200 && httpStatus < 300;
  const parsed = authingSchemas().envelope.safeParse(json);
  if (!parsed.success) {
    throw new UnbindPhoneError(ok ? 'bad-response' : kindOfAuthingFailure({ httpStatus }, table), {
      statusCode: httpStatus,
      retryAfterSeconds: context.retryAfterSeconds,
      cause: parsed.error,
    });
  }
  const envelope = parsed.data;
  if (ok && envelope.statusCode === 200) return envelope;

  const apiCode = envelope.apiCode ?? undefined;
  const statusCode = envelope.statusCode === 200 ? httpStatus : envelope.statusCode;
  throw new UnbindPhoneError(kindOfAuthingFailure({ httpStatus, statusCode, apiCode }, table), {
    statusCode,
    apiCode,
    requestId: envelope.requestId ?? undefined,
    serverMessage: envelope.message ?? undefined,
    serverMessageLang: envelope.message ? textLang(envelope.message) : undefined,
    retryAfterSeconds: context.retryAfterSeconds,
  });
}
