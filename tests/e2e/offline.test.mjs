// Issue 8: the installable app. After one online visit the service worker has precached the versioned
// build, so the app starts and works with the network off and the server gone; the manifest is linked
// and its icons are real PNGs of the stated sizes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage } from './lib/app.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { openDemo } from './caseworker_lib.mjs';

describe('PWA: offline start and manifest', () => {
  let server;
  let browser;
  let app;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    app = new AppPage(page, browser);
    await app.goto(`${server.url}?automation=1`);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the service worker becomes active and controls the page on the first visit', async () => {
    await app.page.waitForFunction(
      () => navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated',
      null, { timeout: 60000 });
    // The cache is named after the build version, and holds the app itself.
    const { version, names, cached } = await app.page.evaluate(async () => {
      const text = await (await fetch('sw-version.js')).text();
      const version = text.match(/OVERBLIK_VERSION = "([0-9a-f]+)"/)[1];
      const names = await caches.keys();
      const cache = await caches.open(`overblik-app-${version}`);
      const cached = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return { version, names, cached };
    });
    assert.match(version, /^[0-9a-f]{16}$/);
    assert.deepEqual(names, [`overblik-app-${version}`]);
    for (const file of ['/index.html', '/app.js', '/app.wasm', '/fonts/DejaVuSans.ttf', '/manifest.webmanifest']) {
      assert.ok(cached.includes(file), `${file} is precached (cached: ${cached.join(', ')})`);
    }
  });

  it('links a manifest that parses, with 192 and 512 px PNG icons', async () => {
    const manifest = await app.page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      const response = await fetch(link.href);
      const json = await response.json();
      const icons = [];
      for (const icon of json.icons) {
        const bytes = new Uint8Array(await (await fetch(new URL(icon.src, link.href))).arrayBuffer());
        const view = new DataView(bytes.buffer);
        icons.push({ ...icon, signature: Array.from(bytes.slice(1, 4)).map((b) => String.fromCharCode(b)).join(''),
                     width: view.getUint32(16), height: view.getUint32(20) });
      }
      return { ...json, icons };
    });
    assert.equal(manifest.name, 'Overblik');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.start_url);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
      assert.ok(icon, `an icon of ${size}x${size}`);
      assert.equal(icon.type, 'image/png');
      assert.equal(icon.signature, 'PNG');
      assert.deepEqual([icon.width, icon.height], [size, size]);
    }
  });

  it('starts and works with the network off and the server stopped', async () => {
    await browser.context.setOffline(true);
    await server.stop();
    await app.page.reload();
    await app.page.waitForFunction(() => window.overblik && window.overblik.frameCount() > 0, null, { timeout: 30000 });
    await app.waitIdle();
    assert.equal(await app.page.evaluate(() => navigator.onLine), false);
    assert.ok(await app.page.evaluate(() => !!navigator.serviceWorker.controller), 'served by the service worker');
    // Works: open the demo municipality, go to "Mine sager" and type in its search field.
    await openDemo(app, 'S');
    await app.click('##case-search');
    await app.type('Åse');
    assert.equal(await app.value('##case-search'), 'Åse');
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});
