/**
 * One jest run for the whole workspace. Tests import the TypeScript sources of
 * the workspace packages directly (ts-jest transpiles them), so `jest` does not
 * depend on a previous build; the CLI end-to-end tests use the built `dist/`.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/rules", "<rootDir>/fixtures"],
  testMatch: ["**/src/**/*.test.ts", "**/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    "^@py2ts/core$": "<rootDir>/packages/core/src/index.ts",
    "^@py2ts/runtime$": "<rootDir>/packages/runtime/src/index.ts",
    "^@py2ts/rules-core$": "<rootDir>/rules/core/src/index.ts",
    "^@py2ts/rules-stdlib$": "<rootDir>/rules/stdlib/src/index.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  testTimeout: 120000,
};
