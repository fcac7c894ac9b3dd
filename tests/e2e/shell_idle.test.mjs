// The app draws only when something happens: an untouched window draws no frames.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

describe('app shell: frames on demand', () => {
  let app;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('draws no frames for 2 seconds after the last input, and draws again on a click', async () => {
    await app.click('Dansk');  // last input: the mouse now rests on a button (hover timers must settle too)
    const settled = await app.waitIdle();
    await app.page.waitForTimeout(2000);
    assert.equal(await app.frameCount(), settled, 'frames were drawn while nothing happened');
    assert.equal(await app.page.evaluate(() => window.overblik.isIdle()), true);

    await app.click('##note');
    const afterClick = await app.frameCount();
    assert.ok(afterClick > settled, `a click drew no frame (${settled} -> ${afterClick})`);
    assert.ok(afterClick - settled < 30, `a click drew ${afterClick - settled} frames; expected a few`);
  });

  it('draws again when the window is resized, filling the new size', async () => {
    const before = await app.waitIdle();
    await app.page.setViewportSize({ width: 900, height: 600 });
    await app.waitIdle();
    assert.ok((await app.frameCount()) > before);
    const size = await app.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    assert.deepEqual(size, { w: 900, h: 600, cw: 900, ch: 600 });
    // The status bar follows the bottom edge.
    const status = await app.find('Gemt');
    assert.ok(status.rect.y > 560 && status.rect.y < 600, `status text at y=${status.rect.y}`);
  });
});
