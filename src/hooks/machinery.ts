// What the dialog fetches as it opens to act: the verification machinery, and the English only
// an answer of it shows (no answer comes before the machinery does). One chunk of its own; no file
// the page imports may import it (see `codeSplitting` in vite.config.ts).

export { createVerification } from '../core/verification/verification';
export { enUSAnswerMessages } from '../i18n/en-US-answers';
