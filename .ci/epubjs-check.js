#!/usr/bin/env node
// Opens an EPUB in epub.js (the engine of Foliate's web predecessors and of
// most web readers) inside headless Chromium, as a reader would, and
// reports as JSON on stdout:
//   - cover: for each window size, how many pages the first spine item
//     (the cover) takes in paginated mode;
//   - notes: for each note call, whether following it in epub.js shows the
//     note it points at (the target element is on the displayed page);
//   - fonts: the status of each @font-face of the first text section
//     ("loaded", or "error" when Chromium rejects the file);
//   - screenshots (with --shots DIR): the cover, a page with a note call,
//     the note, and the table of contents rendered from the nav document.
// Usage: node epubjs-check.js BOOK.epub [--shots DIR]
// Needs puppeteer-core, epubjs and jszip (see .ci/package.json) and
// Chromium (PUPPETEER_EXECUTABLE_PATH, default /usr/bin/chromium).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const puppeteer = require('puppeteer-core');

const sizes = [[800, 900], [600, 800], [1000, 700]];

function serve(book) {
  const files = {
    '/': ['text/html', '<!DOCTYPE html><html><head><meta charset="utf-8">' +
      '<style>html,body{margin:0;padding:0;background:#fff}#viewer{overflow:hidden}</style>' +
      '<script src="/jszip.js"></script><script src="/epub.js"></script></head>' +
      '<body><div id="viewer"></div></body></html>'],
    '/jszip.js': ['text/javascript', fs.readFileSync(require.resolve('jszip/dist/jszip.min.js'))],
    '/epub.js': ['text/javascript', fs.readFileSync(require.resolve('epubjs/dist/epub.min.js'))],
    '/book.epub': ['application/epub+zip', fs.readFileSync(book)],
  };
  const server = http.createServer((req, res) => {
    const f = files[req.url.split('?')[0]];
    if (!f) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': f[0] });
    res.end(f[1]);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// open renders the book at w×h in paginated mode and waits until the first
// spine item is shown.
async function open(page, w, h) {
  await page.setViewport({ width: w, height: h });
  await page.goto(page.base + '/', { waitUntil: 'load' });
  await page.evaluate(async (w, h) => {
    window.book = ePub('/book.epub');
    window.rendition = book.renderTo('viewer', { width: w, height: h, spread: 'none', flow: 'paginated' });
    await rendition.display();
    await new Promise((r) => setTimeout(r, 300));
  }, w, h);
}

// pages returns the number of pages the section on screen takes.
async function pages(page) {
  return page.evaluate(() => {
    const loc = rendition.currentLocation();
    return { href: loc.start.href, total: loc.start.displayed.total };
  });
}

async function main() {
  const args = process.argv.slice(2);
  const book = args[0];
  const shots = args.indexOf('--shots') >= 0 ? args[args.indexOf('--shots') + 1] : '';
  if (!book) throw new Error('usage: epubjs-check.js BOOK.epub [--shots DIR]');
  const server = await serve(book);
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    headless: true,
  });
  const out = { cover: [], notes: [], errors: [] };
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => out.errors.push(String(e)));
    page.base = 'http://127.0.0.1:' + server.address().port;
    for (const [w, h] of sizes) {
      await open(page, w, h);
      const p = await pages(page);
      out.cover.push({ width: w, height: h, href: p.href, pages: p.total });
      if (shots) await page.screenshot({ path: path.join(shots, `cover-${w}x${h}.png`) });
    }
    await open(page, 600, 800);
    // The embedded fonts, if any: each face loads (Chromium rejects a
    // damaged font file) in the first text section.
    out.fonts = await page.evaluate(async () => {
      const item = book.spine.spineItems.find((s) => !/cover/.test(s.href));
      await rendition.display(item.href);
      const doc = rendition.manager.views.all()[0].contents.document;
      const faces = [...doc.fonts];
      await Promise.all(faces.map((f) => f.load().catch(() => null)));
      return faces.map((f) => ({ family: f.family, style: f.style, weight: f.weight, status: f.status }));
    });
    // Every note call of every spine item, in reading order.
    const calls = await page.evaluate(async () => {
      const found = [];
      for (const item of book.spine.spineItems) {
        const doc = await item.load(book.load.bind(book));
        for (const a of doc.querySelectorAll('a[href]')) {
          const type = a.getAttributeNS('http://www.idpf.org/2007/ops', 'type') || a.getAttribute('epub:type') || '';
          if (!type.split(/\s+/).includes('noteref')) continue;
          found.push({ from: item.href, id: a.id, text: a.textContent, href: a.getAttribute('href') });
        }
        item.unload();
      }
      return found;
    });
    let shotCall = !!shots;
    for (const c of calls) {
      // Show the call's page, then follow the link as a reader's tap does.
      const res = await page.evaluate(async (c) => {
        await rendition.display(c.from + '#' + c.id);
        await new Promise((r) => setTimeout(r, 100));
        const u = new URL(c.href, 'http://book/' + c.from);
        const file = decodeURI(u.pathname.slice(1)), frag = decodeURIComponent(u.hash.slice(1));
        await rendition.display(file + '#' + frag);
        await new Promise((r) => setTimeout(r, 100));
        const view = rendition.manager.views.all().find((v) => v.section.href === file);
        if (!view) return { ok: false, why: 'no view of ' + file + ' is shown' };
        const el = view.contents.document.getElementById(frag);
        if (!el) return { ok: false, why: 'no element #' + frag + ' in ' + file };
        const r = el.getBoundingClientRect();
        const frame = view.iframe.getBoundingClientRect();
        const x = frame.left + r.left;
        const shown = x >= 0 && x < window.innerWidth;
        const type = el.getAttributeNS('http://www.idpf.org/2007/ops', 'type') || el.getAttribute('epub:type') || '';
        return { ok: shown && /endnote|footnote/.test(type), why: shown ? type : 'note off screen at x=' + Math.round(x),
          text: el.textContent.trim().slice(0, 80) };
      }, c);
      out.notes.push(Object.assign({ call: c.from + '#' + c.id, target: c.href }, res));
      if (shotCall && res.ok) {
        await page.evaluate(async (c) => { await rendition.display(c.from + '#' + c.id); await new Promise((r) => setTimeout(r, 200)); }, c);
        await page.screenshot({ path: path.join(shots, 'note-call.png') });
        await page.evaluate(async (c) => {
          const u = new URL(c.href, 'http://book/' + c.from);
          await rendition.display(u.pathname.slice(1) + u.hash);
          await new Promise((r) => setTimeout(r, 200));
        }, c);
        await page.screenshot({ path: path.join(shots, 'note.png') });
        shotCall = false;
      }
    }
    if (shots) {
      // The table of contents as a reader's menu lists it.
      const toc = await page.evaluate(async () => {
        await book.loaded.navigation;
        const lines = [];
        const walk = (items, depth) => items.forEach((i) => { lines.push('  '.repeat(depth) + i.label.trim()); walk(i.subitems || [], depth + 1); });
        walk(book.navigation.toc, 0);
        return lines;
      });
      out.toc = toc;
      await page.setContent('<pre style="font: 18px serif; padding: 20px">' +
        toc.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('\n') + '</pre>');
      await page.screenshot({ path: path.join(shots, 'toc.png') });
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

main().catch((e) => { console.error('epubjs-check: ' + (e && e.stack || e)); process.exit(1); });
