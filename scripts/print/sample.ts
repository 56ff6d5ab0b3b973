import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleView } from './sample-view';
import { staticPrintHtml } from './static-html';

/**
 * Dev only: prints the sample view (scripts/print/sample-view.ts) to a PDF with Chromium and
 * turns each page into a PNG, to look at the templates as paper. Writes to /tmp (or argv[2]),
 * never into the tree: `npx tsx scripts/print/sample.ts [outDir]`.
 */
const outDir = process.argv[2] ?? '/tmp/kaona-print-sample';
mkdirSync(outDir, { recursive: true });

const html = staticPrintHtml(sampleView());
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
} finally {
  await browser.close();
}

execFileSync('pdftoppm', ['-png', '-r', '60', join(outDir, 'sample.pdf'), join(outDir, 'page')]);
console.log(execFileSync('pdffonts', [join(outDir, 'sample.pdf')], { encoding: 'utf8' }));
console.log(`Pages in ${outDir}`);
