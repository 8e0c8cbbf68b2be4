import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Real workers, databases and files: a 2-core machine runs two test files at a time.
    maxWorkers: 2,
    minWorkers: 1,
  },
})
