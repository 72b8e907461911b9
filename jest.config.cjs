// ts-jest only transpiles here (isolatedModules); `npm run typecheck` runs tsc
// over src/ and test/ as its own step before jest.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The recipes and the Node entry import the package by name, as users do: map it to the sources.
  moduleNameMapper: {
    '^tencent-ci-callback$': '<rootDir>/src/index.ts',
    '^tencent-ci-callback/codecs$': '<rootDir>/src/codecs/index.ts',
    '^tencent-ci-callback/node$': '<rootDir>/src/http/node/index.ts',
    '^tencent-ci-callback/testing$': '<rootDir>/src/testing/index.ts',
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true, types: ['node', 'jest'] } },
    ],
  },
}
