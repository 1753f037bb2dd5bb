// ESM jest setup after actions/typescript-action: ts-jest compiles with
// useESM, and tests mock modules through jest.unstable_mockModule.
export default {
  clearMocks: true,
  // Most test time waits on engines, builds and GitHub's pacing (Octokit's
  // write and retry delays), not on this process: three files at a time on
  // two cores halve the suite (one per core less one, jest's default, is 1).
  maxWorkers: 3,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  preset: 'ts-jest/presets/default-esm',
  resolver: 'ts-jest-resolver',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  }
}
