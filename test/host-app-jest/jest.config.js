// An ordinary Jest 30 config: jsdom, babel-jest (Jest's default transform), nothing for the kit
// (no transformIgnorePatterns, no moduleNameMapper, no set-up file).
module.exports = { testEnvironment: 'jsdom' };
