import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAYLOADS, withPayload } from '../../tests/support/payloads';
import type { PrintView } from '../../src/shared/domain/documents';
import { sampleView } from './sample-view';
import { staticPrintHtml } from './static-html';

/**
 * Dev only: prints the sample view (scripts/print/sample-view.ts) to a PDF with Chromium and
 * turns each page into a PNG, to look at the templates as paper. Writes to /tmp (or argv[2]),
 * never into the tree: `npx tsx scripts/print/sample.ts [outDir] [--payloads]`. With
 * `--payloads`, every text field holds a hostile or overlong value (tests/support/payloads.ts),
 * to see that the layout holds: the letter wraps, each certificate stays on its one page.
 */
const args = process.argv.slice(2);
const outDir = args.find((arg) => !arg.startsWith('--')) ?? '/tmp/kaona-print-sample';
mkdirSync(outDir, { recursive: true });

function payloadView(): PrintView {
  const base = sampleView();
  const hostile = [PAYLOADS[4], PAYLOADS[0], PAYLOADS[6]];
  return {
    images: base.images,
    items: base.items.flatMap((item, index) => {
      const payload = hostile[index % hostile.length] ?? PAYLOADS[0];
      const keep = ['kind', 'achievement', 'sha256', 'mime', 'issuedOn'];
      return [{ ...item, model: withPayload(item.model, payload, keep) }];
    }),
  };
}

const html = staticPrintHtml(args.includes('--payloads') ? payloadView() : sampleView());
writeFileSync(join(outDir, 'sample.html'), html);

const system = '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(system) ? system : undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => true)');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(outDir, 'sample.pdf'), pdf);
  // The same pages on screen (the preview's sheets), at a third of their size.
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.screenshot({ path: join(outDir, 'screen.png'), fullPage: true, scale: 'css' });
} finally {
  await browser.close();
}

execFileSync('pdftoppm', ['-png', '-r', '60', join(outDir, 'sample.pdf'), join(outDir, 'page')]);
console.log(execFileSync('pdffonts', [join(outDir, 'sample.pdf')], { encoding: 'utf8' }));
console.log(`Pages in ${outDir}`);
