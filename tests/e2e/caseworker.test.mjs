// Issue 7, the caseworker: open the demo municipality with one click, find a case with an overdue follow-up
// among the red numbers, record a follow-up with the form (Tab between fields, Enter saves) and see the
// deadline turn done and the overdue count drop. Also: inline validation from the command's located error,
// Escape cancels, Ctrl+F focuses the search. Screenshots at 1280x800, DPR 1.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { openDemo, numberIn, itemsWith, clickItem, fill, visible, followUpDeadlines, pageErrors, reveal } from './caseworker_lib.mjs';

const OVERDUE = /^Overskredne frister: (\d+)$/;

describe('caseworker: my cases, case page, follow-up form', () => {
  let app;
  before(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await app?.close();
  });

  it('opens the S demo from the Start screen with one click', async () => {
    await app.screenshot('start_dpr1');
    await openDemo(app, 'S');
    assert.ok((await app.find('##nav-my-cases')).checked, 'the sidebar shows "Mine sager" as current');
    assert.ok((await numberIn(app, OVERDUE)) > 0, 'the demo has red numbers');
    await app.screenshot('my_cases_dpr1');
  });

  it('Ctrl+F focuses the search; typing narrows the list', async () => {
    const rowsBefore = (await itemsWith(app, '##row-')).length;
    await app.press('Control+f');
    await app.type('barn 00');
    assert.equal(await app.value('##case-search'), 'barn 00');
    const rows = await itemsWith(app, '##row-');
    assert.ok(rows.length > 0 && rows.every((r) => /^Barn 00/.test(r.label)), 'only matching children');
    assert.ok(rows.length <= rowsBefore);
    await app.press('Control+a');
    await app.press('Backspace');
    assert.equal(await app.value('##case-search'), '');
  });

  let listOverdue, caseOverdue;
  it('opens a case with an overdue follow-up from the top of the list', async () => {
    listOverdue = await numberIn(app, OVERDUE);
    for (let n = 0; n < 12; n++) {
      const rows = await itemsWith(app, '##row-');
      await clickItem(app, rows[n]);
      await app.find('##open-follow-up');
      const deadlines = await followUpDeadlines(app);
      if (deadlines.some((d) => d.status === 'Overskredet')) break;
      await app.click('##back');
      await app.find('##case-search');
      if (n === 11) assert.fail('no case with an overdue follow-up among the first 12 rows');
    }
    caseOverdue = await numberIn(app, OVERDUE);
    assert.ok(caseOverdue > 0);
    await app.screenshot('case_page_dpr1');
  });

  it('shows the command\'s located error inline and changes nothing', async () => {
    await app.click('##open-follow-up');
    await app.find('##fu-done');
    await fill(app, '##fu-done', '01-01-1990');  // before the case was opened: the core refuses
    await app.press('Enter');
    const errors = (await app.items()).filter((i) => i.visible && i.label.startsWith('Ikke gemt: '));
    assert.equal(errors.length, 1, 'one inline error');
    assert.match(errors[0].label, /^Ikke gemt: 01-01-1990 ligger før sagens oprettelse \d\d-\d\d-\d{4}$/, 'in Danish');
    const field = await app.find('##fu-done');
    assert.ok(errors[0].rect.y > field.rect.y, 'under the date field');
    assert.ok(await visible(app, '##fu-done'), 'the form stays open');
    await fill(app, '##fu-done', '31-02-2024');  // not a date: refused before any command
    await app.press('Enter');
    assert.ok(await app.hasText('Skriv en gyldig dato som dd-mm-åååå.'));
    await app.press('Escape');
    assert.equal(await visible(app, '##fu-done'), false, 'Escape cancels');
    assert.equal(await numberIn(app, OVERDUE), caseOverdue, 'nothing changed');
  });

  it('records a follow-up: Tab between fields, Enter saves; the deadline turns done', async () => {
    const before = await followUpDeadlines(app);
    const overdueBefore = before.filter((d) => d.status === 'Overskredet').length;
    await app.click('##open-follow-up');
    await app.find('##fu-done');
    assert.match(await app.value('##fu-done'), /^\d\d-\d\d-\d{4}$/, 'the date defaults to today, dd-mm-åååå');
    await app.press('Tab');
    await app.type('7');
    await app.press('Tab');
    await app.press('Tab');
    await app.type('Trives bedre');
    assert.equal(await app.value('##fu-score'), '7');
    assert.equal(await app.value('##fu-note'), 'Trives bedre');
    await app.screenshot('follow_up_form_dpr1');
    await app.press('Enter');
    assert.equal(await visible(app, '##fu-done'), false, 'the form closed');
    assert.ok(await app.hasText('Opfølgningen er gemt.'));
    const after = await followUpDeadlines(app);
    assert.ok(after.filter((d) => d.status === 'Overskredet').length < overdueBefore, 'no longer overdue');
    assert.ok(after.some((d) => d.status === 'Udført for sent'), 'the deadline is done (late)');
    assert.ok((await numberIn(app, OVERDUE)) < caseOverdue, 'the case\'s overdue count dropped');
    await reveal(app, 'Opfølgninger');
    assert.ok(await app.hasText('Trives bedre'), 'listed under follow-ups');
  });

  it('the list\'s overdue count dropped too', async () => {
    await reveal(app, '##back');
    await app.click('##back');
    await app.find('##case-search');
    assert.ok((await numberIn(app, OVERDUE)) < listOverdue);
  });

  it('logged no page errors', () => {
    assert.deepEqual(pageErrors(app), []);
  });
});
