export {
  createFakeAuthing,
  type FakeAccount,
  type FakeAuthing,
  type FakeAuthingOptions,
  type FakeAuthingState,
  type FakeRequest,
  type FakeScenario,
  fakeApiCodeKinds,
  fakeAppHost,
  fakeEmailTakenApiCode,
  fakeExpiredCodeApiCode,
  fakeScenarios,
} from './createFakeAuthing';
