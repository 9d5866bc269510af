// unbind-phone-kit/verification: the one verification machinery of every code step, in plain
// TypeScript (no React): the phases, the pure function that changes them, and the rules. Apart
// from the main entry and core, so that no file a page imports holds it: the dialog fetches it as
// it opens (it is needed once a person acts). Its types are also in unbind-phone-kit/core.
export {
  createVerification,
  initialVerification,
  isBusy,
  reduceVerification,
  type Verification,
  type VerificationEvent,
  type VerificationHooks,
  type VerificationPhase,
  type VerificationSpec,
  type VerificationState,
  type WaitBook,
  waitKey,
} from './core/verification/verification';
