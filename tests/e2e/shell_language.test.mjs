// The app opens in Danish, switches to English, and remembers the choice across a reload.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

describe('app shell: language', () => {
  let app;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('opens in Danish with æ ø å in the interface', async () => {
    const danish = await app.find('Gemt');
    assert.equal(danish.kind, 'text');
    assert.ok(await app.hasText('Velkommen til Overblik'));
    assert.equal((await app.find('Dansk##lang-da')).checked, true);
    assert.equal((await app.find('English##lang-en')).checked, false);
    assert.equal(await app.hasText('Saved'), false);
  });

  it('switches to English with the real mouse', async () => {
    await app.click('English');
    assert.ok(await app.hasText('Saved'));
    assert.ok(await app.hasText('Welcome to Overblik'));
    assert.equal(await app.hasText('Gemt'), false);
    assert.equal((await app.find('English##lang-en')).checked, true);
  });

  it('remembers the language after a reload', async () => {
    assert.equal(await app.page.evaluate(() => localStorage.getItem('overblik.language')), 'en');
    await app.goto(app.url);
    assert.ok(await app.hasText('Saved'));
    await app.click('Dansk');
    assert.ok(await app.hasText('Gemt'));
    await app.goto(app.url);
    assert.ok(await app.hasText('Gemt'));
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});
