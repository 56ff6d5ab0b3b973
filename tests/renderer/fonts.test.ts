import { describe, expect, it } from 'vitest';
import { theme } from '../../src/renderer/src/app/theme';

// Vitest hands CSS imports to tests as empty strings, so the stylesheet is read from disk. The
// renderer's tsconfig has no Node types on purpose (renderer code must not use Node); this test
// alone needs them, so it names the two functions it uses.
interface Fs {
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string): string[];
}
const nodeFs = 'node:fs';
const fs = (await import(/* @vite-ignore */ nodeFs)) as Fs;
// A path string, not a URL object: under jsdom, `URL` is jsdom's, which Node's fs does not accept.
const pathFromHere = (relative: string) =>
  decodeURIComponent(new URL(relative, import.meta.url).pathname);
const fontsCss = fs.readFileSync(pathFromHere('../../src/renderer/src/app/fonts.css'), 'utf8');
const shipped = fs.readdirSync(pathFromHere('../../resources/fonts/'));
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const faces = [...fontsCss.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
  family: /font-family:\s*'([^']+)'/.exec(body)?.[1],
  weight: /font-weight:\s*(\d+)/.exec(body)?.[1],
  style: /font-style:\s*(\w+)/.exec(body)?.[1],
  url: /url\('([^']+)'\)/.exec(body)?.[1] ?? '',
  unicodeRange: /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '',
}));

describe('bundled Sarabun', () => {
  it('points every @font-face at a file that ships in resources/fonts', () => {
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      expect(face.url).toMatch(/^\.\.\/\.\.\/\.\.\/\.\.\/resources\/fonts\/[\w-]+\.woff2$/);
      expect(shipped).toContain(fileName(face.url));
    }
  });

  it('covers Thai and Latin in regular, medium and bold, plus regular italic', () => {
    const thai = (f: (typeof faces)[number]) => f.unicodeRange.includes('U+0E01-0E5B');
    const have = faces.map((f) => `${thai(f) ? 'thai' : 'latin'}-${f.weight}-${f.style}`).sort();
    for (const subset of ['thai', 'latin']) {
      for (const variant of ['400-normal', '500-normal', '700-normal', '400-italic']) {
        expect(have).toContain(`${subset}-${variant}`);
      }
    }
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Sarabun']));
  });

  it('ships the font licence beside the fonts', () => {
    expect(shipped).toContain('OFL.txt');
  });

  it('is the theme font, with line heights tall enough for Thai', () => {
    expect(theme.fontFamily).toBe('Sarabun, sans-serif');
    for (const value of Object.values(theme.lineHeights ?? {}))
      expect(Number(value)).toBeGreaterThanOrEqual(1.5);
    for (const heading of Object.values(theme.headings?.sizes ?? {})) {
      expect(Number(heading?.lineHeight)).toBeGreaterThanOrEqual(1.5);
    }
  });
});
