// The HTML report in a real browser (Debian's chromium, driven by playwright-core): what a reader sees.
// Writes docs/diff-seeds.png. Skipped when /usr/bin/chromium is absent (CI installs it with
// `apt-get install -y chromium`).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import { renderHtml } from '../../src/diff/render-html.js';
import { diffSeeds } from './seed-run.js';
import { root, seedClaims, seedConversionMentions } from './seed-claims.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[test/diff/html-browser] skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);
const builtPipeline = existsSync(path.join(root, 'dist/cli/diff-command.js')) && existsSync(path.join(root, 'dist/extract/figures/index.js'));

describe.skipIf(!hasChromium)('the seed report in chromium', () => {
  let tmp: string;
  let report: string;
  let source: string;
  let browser: import('playwright-core').Browser;
  let page: import('playwright-core').Page;
  const requests: string[] = [];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'claimtab-html-'));
    report = path.join(tmp, 'diff-seeds.html');
    // the real pipeline when it is built; until then the hand-built claims of the same articles
    source = 'hand-built seed claims';
    if (builtPipeline) {
      try {
        await diffSeeds('html', report);
        source = 'built pipeline';
      } catch {
        source = 'hand-built seed claims (the built pipeline failed)';
      }
    }
    if (!existsSync(report)) {
      const claims = seedClaims();
      writeFileSync(report, renderHtml(groupClaims(claims, { mentions: seedConversionMentions(claims) })));
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows a conflict first, with both outlets’ sentences side by side', async () => {
    const first = page.locator('section.group').first();
    expect(await first.getAttribute('data-verdict')).toBe('conflict');
    const members = first.locator('article.member');
    expect(await members.count()).toBeGreaterThanOrEqual(2);
    const a = (await members.nth(0).boundingBox())!;
    const b = (await members.nth(1).boundingBox())!;
    expect(Math.abs(a.y - b.y)).toBeLessThan(2); // one row
    expect(b.x).toBeGreaterThan(a.x + a.width - 1); // next to each other
    for (const i of [0, 1]) {
      const m = members.nth(i);
      expect((await m.locator('.outlet').innerText()).trim().length).toBeGreaterThan(0);
      expect(await m.locator('time').getAttribute('datetime')).toMatch(/^2024-09-0[34]$/);
      expect((await m.locator('mark').innerText()).trim().length).toBeGreaterThan(0);
    }
    expect(await page.locator('section.group.conflict mark', { hasText: '42 years' }).count()).toBe(1);
    expect(await page.locator('section.group.conflict mark', { hasText: '40 years' }).count()).toBe(1);
  });

  it('marks the compared span visibly', async () => {
    const bg = await page.locator('section.group.conflict mark').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('loads nothing but the file itself', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  it(`saves docs/diff-seeds.png`, async () => {
    mkdirSync(path.join(root, 'docs'), { recursive: true });
    const png = path.join(root, 'docs/diff-seeds.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(existsSync(png)).toBe(true);
    console.info(`[test/diff/html-browser] docs/diff-seeds.png from ${source}`);
  });
});
