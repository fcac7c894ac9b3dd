// Typing Danish characters and using the system clipboard in a text field.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';

describe('app shell: text input', () => {
  let app;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('receives æ ø å Æ Ø Å typed with the keyboard', async () => {
    await app.click('##note');
    await app.type('Blåbærgrød på Ærø, Østerå og Ålborg');
    assert.equal(await app.value('##note'), 'Blåbærgrød på Ærø, Østerå og Ålborg');
    assert.ok(await app.hasText('35 tegn'));
    await app.press('Backspace');
    await app.press('Backspace');
    assert.equal(await app.value('##note'), 'Blåbærgrød på Ærø, Østerå og Ålbo');
  });

  it('copies the selection to the system clipboard', async () => {
    await app.page.evaluate(() => navigator.clipboard.writeText('før kopiering'));
    await app.press('Control+A');
    await app.press('Control+C');
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, 'Blåbærgrød på Ærø, Østerå og Ålbo');
  });

  it('pastes from the system clipboard at the caret', async () => {
    await app.page.evaluate(() => navigator.clipboard.writeText(' – indsat: Æbleø'));
    await app.press('End');
    await app.press('Control+V');
    assert.equal(await app.value('##note'), 'Blåbærgrød på Ærø, Østerå og Ålbo – indsat: Æbleø');
  });

  it('cuts with Ctrl+X: the field empties and the clipboard holds the text', async () => {
    await app.press('Control+A');
    await app.press('Control+X');
    assert.equal(await app.value('##note'), '');
    assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()),
                 'Blåbærgrød på Ærø, Østerå og Ålbo – indsat: Æbleø');
  });

  it('logged no page errors', () => {
    assert.deepEqual(app.errors, []);
  });
});
