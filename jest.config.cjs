// ts-jest only transpiles here (isolatedModules); `npm run typecheck` runs tsc
// over src/ and test/ as its own step before jest.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true, types: ['node', 'jest'] } },
    ],
  },
}
