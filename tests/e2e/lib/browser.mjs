// Launches Debian's Chromium through playwright-core with WebGL2 in software (SwiftShader).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// A persistent context needs its own profile folder: each launch gets a fresh one, removed on close.
export async function launchBrowser({ deviceScaleFactor = 1, viewport = { width: 1280, height: 720 }, origin } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'overblik-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
    deviceScaleFactor,
    locale: 'da-DK',
  });
  if (origin) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
