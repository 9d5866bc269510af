// Our Authing schemas as shipped (zod/mini), for the zod vs zod/mini size figure.
import { authingSchemas } from '../src/core/authing/schemas';

export const { envelope: envelopeSchema, profile: profileSchema } = authingSchemas();
