import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@core': resolve(__dirname, 'src/core') } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // DOM-dependent tests opt in with a `// @vitest-environment jsdom` docblock.
    setupFiles: ['tests/setup/vitest.setup.ts'],
  },
});
