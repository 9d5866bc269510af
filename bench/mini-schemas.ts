// The kit's real schemas (zod/mini), gathered in one entry to be weighed.
export { envelopeSchema, profileSchema } from '../src/core/authing/schemas';
export { createPassCodeSchema } from '../src/core/passCode';
