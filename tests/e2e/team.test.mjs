// Issue 7, the team leader: caseload per caseworker against the target, compliance per rule, unassigned
// cases and the supervision sample. Reassigning a case changes the caseload of both caseworkers; the
// sample is the same for the same seed. Screenshots at 1280x800, DPR 1.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './lib/app.mjs';
import { openDemo, itemsWith, clickItem, fill, pageErrors, reveal, wheel, visible } from './caseworker_lib.mjs';

// Caseload rows of the team table: [{id, name, open, perFte}].
async function caseload(app) {
  const items = await app.items();
  const byId = (prefix, id) => items.find((i) => i.fullLabel === `${i.label}##${prefix}-${id}`);
  return items
    .filter((i) => i.visible && /##cw-/.test(i.fullLabel))
    .map((i) => {
      const id = i.fullLabel.split('##cw-')[1];
      return { id, name: i.label, item: i, open: Number(byId('open', id)?.label),
               perFte: Number(byId('per-fte', id)?.label.replace(',', '.')) };
    });
}

async function sampleLabels(app) {
  return (await itemsWith(app, '##sample-'))
    .filter((i) => !/##sample-(seed|n|redraw)$/.test(i.fullLabel))
    .map((i) => i.fullLabel);
}

async function chooseCaseworker(app, name) {
  await app.click('##ra-to');
  const option = (await itemsWith(app, '##ra-to-')).find((i) => i.label === name);
  assert.ok(option, `"${name}" is offered`);
  await clickItem(app, option);
}

describe('team leader: caseload, reassignment, supervision sample', () => {
  let app;
  before(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
    await openDemo(app, 'S');
  });
  after(async () => {
    await app?.close();
  });

  let rows;
  it('shows caseload per caseworker against the target and compliance per rule', async () => {
    await app.click('##nav-team');
    await app.find('##target');
    rows = await caseload(app);
    assert.equal(rows.length, 5, 'five caseworkers in the S demo');
    for (const r of rows) {
      assert.ok(Number.isInteger(r.open) && r.open >= 0, `${r.name}: open cases`);
      assert.ok(r.perFte >= r.open - 0.05, `${r.name}: cases per FTE (FTE <= 1)`);
    }
    assert.ok(await app.hasText('Mål (sager pr. årsværk)'));
    assert.ok(await app.hasText('Første opfølgning'), 'compliance lists the follow-up rule');
    assert.ok((await app.items()).some((i) => i.visible && /^\d+,\d %$/.test(i.label)), 'shares as "87,5 %"');
    await app.screenshot('team_dpr1');
  });

  it('reassigning a case changes the caseload of both caseworkers', async () => {
    const [a, b] = rows.filter((r) => r.open > 0);
    await clickItem(app, a.item);  // the caseworker's cases
    await app.find('##case-search');
    const first = (await itemsWith(app, '##row-'))[0];
    await clickItem(app, first);
    await app.click('##open-reassign');
    await chooseCaseworker(app, b.name);
    await app.screenshot('reassign_form_dpr1');
    await app.press('Enter');
    assert.ok(await app.hasText('Sagen er omfordelt.'));
    assert.ok((await app.items()).some((i) => i.visible && i.label.includes(`Rådgiver: ${b.name}`)), 'the page shows the new caseworker');

    await app.click('##nav-team');
    await app.find('##target');
    const after = await caseload(app);
    const a2 = after.find((r) => r.id === a.id), b2 = after.find((r) => r.id === b.id);
    assert.equal(a2.open, a.open - 1);
    assert.equal(b2.open, b.open + 1);
    assert.ok(a2.perFte < a.perFte && b2.perFte > b.perFte, 'cases per FTE moved for both');
    rows = after;
  });

  it('assigns an unassigned case from the team view', async () => {
    const unassigned = async () => (await itemsWith(app, '##unassigned-')).map((i) => i.fullLabel);
    const assign = await reveal(app, '##assign-');
    const before = await unassigned();
    assert.ok(before.length > 0, 'the S demo has unassigned cases');
    const child = before.find((l) => l.endsWith(assign.fullLabel.split('##assign-')[1]));
    assert.ok(child, 'the button sits on a listed case');
    const target = rows[rows.length - 1];
    await clickItem(app, assign);
    await chooseCaseworker(app, target.name);
    await app.press('Enter');
    assert.equal(await visible(app, '##ra-to'), false, 'the dialog closed');
    await reveal(app, 'Sagen er omfordelt.');  // the notice beside the target, at the top
    await reveal(app, '##unassigned-');
    assert.ok(!(await unassigned()).includes(child), 'no longer unassigned');
    await reveal(app, `##open-${target.id}`);
    const after = await caseload(app);
    assert.equal(after.find((r) => r.id === target.id).open, target.open + 1);
  });

  it('draws the same supervision sample for the same seed', async () => {
    await reveal(app, '##sample-redraw');
    await wheel(app, 3000);  // the whole sample table on screen
    const first = await sampleLabels(app);
    assert.equal(first.length, 2 * rows.length, 'two cases for every caseworker');
    await app.click('##sample-redraw');
    assert.equal(await app.value('##sample-seed'), '2');
    const second = await sampleLabels(app);
    assert.notDeepEqual(second, first, 'another seed, another sample');
    await fill(app, '##sample-seed', '1');
    assert.deepEqual(await sampleLabels(app), first, 'seed 1 again: the same sample');
  });

  it('logged no page errors', () => {
    assert.deepEqual(pageErrors(app), []);
  });
});
