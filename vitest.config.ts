import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'bench/**/*.test.ts'],
    // LibreOffice conversions and corpus-wide analyses are slow on a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
