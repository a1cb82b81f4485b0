import {existsSync} from 'node:fs';
import {defineConfig, devices} from '@playwright/test';

/**
 * Browser tests run against the production build (`npm run build`), served on
 * 127.0.0.1. They use the system Chromium (Debian's `chromium` package) because
 * Playwright cannot download its own browsers on machines without internet.
 */
export const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * The sub-path build (`npm run build:archive`: a copy without .git, built with
 * SITE_URL=https://example.org BASE_URL=/kb/), served on the next port under /kb/ for
 * tests/e2e/subpath.spec.ts.
 */
export const SUBPATH_DIR = 'build-subpath';
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? PORT + 1);
const subpathBuilt = existsSync(SUBPATH_DIR);

function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (found) return found;
  // Fall back to a browser that `npx playwright install chromium` downloaded, if any.
  if (process.env.PLAYWRIGHT_BROWSERS_PATH || existsSync(`${process.env.HOME ?? ''}/.cache/ms-playwright`)) {
    return undefined;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', {outputFile: 'reports/playwright.json'}]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // Each test gets a fresh browser context; letting the PWA's worker precache the
    // whole site in every one would only slow the run. tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      // Quiet Chromium's own background traffic: the tests assert that no request
      // leaves 127.0.0.1, and the machines here have no internet.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /subpath\.spec\.ts/,
      use: {...devices['Desktop Chrome'], channel: undefined},
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://127.0.0.1:${SUBPATH_PORT}/kb/`,
      },
    },
  ],
  webServer: [
    {
      command: `npx docusaurus serve --port ${PORT} --host 127.0.0.1 --no-open`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // Without build-subpath/ the subpath tests fail and say to run `npm run build:archive`.
    ...(subpathBuilt
      ? [
          {
            // A static server like GitHub Pages (see the script for why not `docusaurus serve`).
            command: `node scripts/serve-static.mjs ${SUBPATH_DIR} /kb/ ${SUBPATH_PORT}`,
            url: `http://127.0.0.1:${SUBPATH_PORT}/kb/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
