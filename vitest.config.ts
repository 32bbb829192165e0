import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./scripts/vitest-setup.ts'],
    // Memory tests check that document bytes become collectable.
    execArgv: ['--expose-gc'],
  },
});
