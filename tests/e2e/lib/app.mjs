// Drives the Overblik web app like a person: finds widgets by label through the automation bridge
// (window.overblik, present with ?automation=1), then uses the real mouse and keyboard.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { repoRoot, startServer } from './server.mjs';

export const screenshotDir = join(repoRoot, 'build/screenshots');

// Matches an item by its visible label, its full label ("Gem##save"), or its id suffix ("##save").
export function matches(item, label) {
  if (label.startsWith('##')) return item.fullLabel.endsWith(label);
  return item.label === label || item.fullLabel === label;
}

export class AppPage {
  constructor(page, browser) {
    this.page = page;
    this.browser = browser;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => {
      // Failed loads are reported below with their URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) this.errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.errors.push(`HTTP ${r.status()} ${r.url()}`);
    });
  }

  async goto(url) {
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.overblik && window.overblik.frameCount() > 0, null, { timeout: 20000 });
    await this.waitIdle();
  }

  // Resolves once no frame is drawn or scheduled; returns the frame count. The timeout is generous: on a
  // loaded machine SwiftShader at DPR 2 can take seconds per frame.
  waitIdle(timeoutMs = 30000) {
    return this.page.evaluate((t) => window.overblik.waitIdle(t), timeoutMs);
  }

  frameCount() {
    return this.page.evaluate(() => window.overblik.frameCount());
  }

  items() {
    return this.page.evaluate(() => window.overblik.items());
  }

  // The item with this label in the last drawn frame, or null.
  async item(label) {
    return (await this.items()).find((i) => matches(i, label)) ?? null;
  }

  // Waits until an item with this label is drawn and visible; returns it.
  async find(label, { timeoutMs = 5000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.items()).find((i) => matches(i, label) && i.visible);
      if (found) return found;
      if (Date.now() > deadline) {
        const labels = (await this.items()).map((i) => i.fullLabel).filter(Boolean);
        throw new Error(`no visible widget "${label}"; drawn: ${JSON.stringify(labels)}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  async hasText(text) {
    return (await this.items()).some((i) => i.visible && i.label === text);
  }

  // The centre of the widget's visible part, in page coordinates (CSS px).
  async centre(label) {
    const { visibleRect: r } = await this.find(label);
    const canvas = await this.page.locator('#canvas').boundingBox();
    return { x: canvas.x + r.x + r.w / 2, y: canvas.y + r.y + r.h / 2 };
  }

  async click(label) {
    const { x, y } = await this.centre(label);
    await this.page.mouse.move(x, y);
    await this.page.mouse.click(x, y);
    await this.waitIdle();
  }

  async type(text) {
    await this.page.keyboard.type(text);
    await this.waitIdle();
  }

  async press(keys) {
    await this.page.keyboard.press(keys);
    await this.waitIdle();
  }

  async value(label) {
    return (await this.find(label)).value;
  }

  async screenshot(name) {
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}

// Starts serve.py and Chromium, opens the app for automation. Call close() when done.
export async function openApp({ deviceScaleFactor = 1, viewport, query = '' } = {}) {
  const server = await startServer();
  const origin = new URL(server.url).origin;
  let browser;
  try {
    browser = await launchBrowser({ deviceScaleFactor, viewport, origin });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const app = new AppPage(page, browser);
    app.url = `${server.url}?automation=1${query}`;
    await app.goto(app.url);
    app.close = async () => {
      await browser.close();
      await server.stop();
    };
    return app;
  } catch (e) {
    if (browser) await browser.close();
    await server.stop();
    throw e;
  }
}
