// Helpers for the caseworker and team leader browser tests: open a demo from the Start screen, read
// numbers from texts, find widgets by id prefix, and save screenshots of the views.
import { matches } from './lib/app.mjs';

// Opens the S demo with one click on the Start screen and waits for the case list.
export async function openDemo(app, size = 'S') {
  await app.click(`##demo-${size}`);
  await app.find('##case-search', { timeoutMs: 45000 });
}

// The number in the first visible text that matches `pattern` (a RegExp with one group).
export async function numberIn(app, pattern) {
  for (const item of await app.items()) {
    const m = item.visible && item.label.match(pattern);
    if (m) return Number(m[1].replace(/\./g, '').replace(',', '.'));
  }
  throw new Error(`no visible text matching ${pattern}`);
}

// Visible items whose full label contains `part`, top to bottom.
export async function itemsWith(app, part) {
  return (await app.items())
    .filter((i) => i.visible && i.fullLabel.includes(part))
    .sort((a, b) => a.rect.y - b.rect.y);
}

// Visible items on the same row as `item` (vertical centres within 6 px), left to right.
export async function rowOf(app, item) {
  return rowIn(await app.items(), item);
}

function rowIn(items, item) {
  const mid = item.rect.y + item.rect.h / 2;
  return items
    .filter((i) => i.visible && Math.abs(i.rect.y + i.rect.h / 2 - mid) < 6)
    .sort((a, b) => a.rect.x - b.rect.x);
}

// Clicks an item object (not a label) with the real mouse.
export async function clickItem(app, item) {
  const r = item.visibleRect;
  const canvas = await app.page.locator('#canvas').boundingBox();
  const x = canvas.x + r.x + Math.min(r.w / 2, 40), y = canvas.y + r.y + r.h / 2;
  await app.page.mouse.move(x, y);
  await app.page.mouse.click(x, y);
  await app.waitIdle();
}

// Replaces a text field's content: click, select all, type.
export async function fill(app, label, text) {
  await app.click(label);
  await app.press('Control+A');
  await app.type(text);
}

export async function visible(app, label) {
  return (await app.items()).some((i) => i.visible && matches(i, label));
}

// The follow-up deadline rows of the case page: [{kind, status}] for first and later follow-ups.
export async function followUpDeadlines(app) {
  const kinds = ['Første opfølgning', 'Opfølgning'];
  const rows = [];
  const items = await app.items();
  for (const item of items) {
    if (!item.visible || item.kind !== 'text' || !kinds.includes(item.label)) continue;
    const row = rowIn(items, item);
    const status = row.find((i) => /^(Overskredet|Udført rettidigt|Udført for sent|Forfalder snart|Kommende)$/.test(i.label));
    if (status) rows.push({ kind: item.label, status: status.label, y: item.rect.y });
  }
  return rows;
}

// Page errors, less the shell's missing manifest icons (not part of these views).
export function pageErrors(app) {
  return app.errors.filter((e) => !/\/icons\/[^ ]*\.png/.test(e));
}

// Turns the mouse wheel over the content's left margin, beside the scrolling tables (a table under the
// mouse would take the wheel). Positive `dy` scrolls down.
export async function wheel(app, dy) {
  const canvas = await app.page.locator('#canvas').boundingBox();
  const sidebar = (await app.items()).find((i) => i.fullLabel === '##sidebar');
  const x = sidebar ? sidebar.rect.x + sidebar.rect.w + 12 : canvas.width * 0.6;
  await app.page.mouse.move(canvas.x + x, canvas.y + canvas.height * 0.5);
  await app.page.mouse.wheel(0, dy);
  await app.waitIdle();
}

// Scrolls the content until the widget is fully on screen; returns it. Widgets scrolled out of the window
// are not submitted at all, so a widget not yet seen is looked for further down, then further up.
export async function reveal(app, part) {
  let direction = 300, lastLayout = null;
  for (let n = 0; n < 40; n++) {
    const items = await app.items();
    const item = items.find((i) => i.fullLabel.includes(part));
    if (item && item.visible && item.visibleRect.h >= item.rect.h - 1) return item;
    const layout = JSON.stringify(items.filter((i) => i.visible).map((i) => [i.fullLabel, i.rect.y]));
    if (!item && layout === lastLayout) {
      if (direction < 0) break;  // both ends seen
      direction = -300;
    }
    lastLayout = layout;
    let dy = direction;
    if (item) {
      const canvas = await app.page.locator('#canvas').boundingBox();
      dy = item.rect.y > canvas.height / 2 ? 300 : -300;
    }
    await wheel(app, dy);
  }
  throw new Error(`could not scroll "${part}" into view`);
}
