import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { DOWNLOADS_FOLDER } from '../../src/main/core/files/downloads-folder';

/**
 * The PDFs the web host saves (its data folder's downloads/, where the desktop would show a save
 * dialog) and what poppler's tools read from them: the text, the fonts, the page count, PNG pages.
 */
export const ARTIFACTS = 'test-results/documents';

function pdfsIn(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, DOWNLOADS_FOLDER)).filter((name) => name.endsWith('.pdf'));
  } catch {
    return [];
  }
}

/** Runs `save` and answers the path of the one PDF it added to the downloads folder. */
export async function savedPdf(dataDir: string, save: () => Promise<void>): Promise<string> {
  const before = new Set(pdfsIn(dataDir));
  await save();
  let added: string[] = [];
  await expect
    .poll(
      () => {
        added = pdfsIn(dataDir).filter((name) => !before.has(name));
        // Written whole by the core (one writeFile), but look for a complete file all the same.
        return added.length === 1 && statSync(join(dataDir, DOWNLOADS_FOLDER, added[0]!)).size > 0;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return join(dataDir, DOWNLOADS_FOLDER, added[0]!);
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** pdftotext without any spacing: Thai has no spaces between words, lines wrap anywhere. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type encoding emb sub uni object ID: "emb" is the 4th column from the right of "object".
      const columns = line.trim().split(/\s+/);
      const emb = columns[columns.length - 5];
      return { name: columns[0]!, embedded: emb === 'yes' };
    });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/**
 * Every page as `<name>-<n>.png` under test-results/documents/ (kept as artifacts), and the PDF
 * itself as `<name>.pdf` (the data folder goes when the spec ends).
 */
export function pngPages(path: string, name: string, dpi = 70): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(path, join(ARTIFACTS, `${name}.pdf`));
  const prefix = join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), path, prefix]);
  return readdirSync(ARTIFACTS)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => join(ARTIFACTS, file));
}

/** The QR codes zbarimg finds on a PNG, or null when zbarimg is not installed. */
export function qrCodes(png: string): string[] | null {
  try {
    execFileSync('which', ['zbarimg'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  try {
    const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', png], {
      encoding: 'utf8',
    });
    return out.split('\n').filter((line) => line !== '');
  } catch {
    // zbarimg exits non-zero when it finds no code.
    return [];
  }
}

/** The first page's size in points (A4 portrait 595 × 842). */
export function pdfPageSize(path: string): [number, number] {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}
