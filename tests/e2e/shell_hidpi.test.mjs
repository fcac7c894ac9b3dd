// At devicePixelRatio 2 the canvas has a 2x backing store and text is rasterized for it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

describe('app shell: HiDPI', () => {
  let app;
  before(async () => {
    app = await openApp({ deviceScaleFactor: 2, viewport: { width: 1100, height: 620 } });
  });
  after(async () => {
    await app?.close();
  });

  it('has a backing store of CSS size x 2 and lays out in CSS pixels', async () => {
    const size = await app.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { dpr: devicePixelRatio, w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    assert.equal(size.dpr, 2);
    assert.equal(size.w, size.cw * 2);
    assert.equal(size.h, size.ch * 2);
    const title = await app.find('Velkommen til Overblik');
    // Rectangles are CSS px: the heading is about 22 px tall, not 44.
    assert.ok(title.rect.h > 15 && title.rect.h < 32, `heading height ${title.rect.h}`);
    await app.click('##note');
    await app.type('Skarp tekst: æøå');
    const path = await app.screenshot('home-dpr2');
    assert.ok(path.endsWith('home-dpr2.png'));
  });
});
