import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // tsconfig says jsx: preserve (Docusaurus compiles JSX itself); tests need it compiled.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: here('./$1')},
      // Unit tests render components outside Docusaurus: its client modules and theme
      // components are replaced by small stand-ins in tests/mocks/ (add one when a
      // component imports something new).
      {
        find: /^@docusaurus\/(Link|useBaseUrl|useBrokenLinks|router|BrowserOnly|useIsBrowser|ExecutionEnvironment|useDocusaurusContext|Head|Translate|plugin-content-docs\/client)$/,
        replacement: here('./tests/mocks/docusaurus/$1.tsx'),
      },
      {find: /^@theme\/(.*)$/, replacement: here('./tests/mocks/theme/$1.tsx')},
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'plugins/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The default 5 s is tight for tests that parse every note on a shared 2-core machine.
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: {json: 'reports/vitest.json'},
  },
});
