import { describe, expect, it } from 'vitest';
import { sampleCertificate, sampleLetter, sampleView } from '../../scripts/print/sample-view';
import { staticPrintHtml } from '../../scripts/print/static-html';
import type { PrintView } from '../../src/shared/domain/documents';
import { PAYLOADS, withPayload } from '../support/payloads';

describe('the static print HTML (the bench’s raw baseline)', () => {
  it('is one self-contained page: the templates, the print CSS and Sarabun inlined', () => {
    const html = staticPrintHtml(sampleView());
    expect(html.startsWith('<!doctype html><html lang="th">')).toBe(true);
    expect(html).toContain('@page letter');
    expect(html).toContain('@top-center');
    // Every face of fonts.css, as data, and no URL of a file left to load.
    expect(html.match(/url\('data:font\/woff2;base64,/g)?.length).toBe(8);
    expect(html).not.toMatch(/url\('\.\.\//);
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/i);
    expect(html).toContain('๒๖ พฤศจิกายน ๒๕๖๙');
    expect(html.match(/<section class="pd-sheet/g)).toHaveLength(sampleView().items.length);
  });

  it.each(PAYLOADS.map((payload) => [payload.slice(0, 40), payload]))(
    'escapes %s in every field',
    (_, payload) => {
      const view: PrintView = {
        items: [
          {
            documentId: 1,
            kind: 'referral_letter',
            status: 'issued',
            copy: false,
            model: withPayload(sampleLetter(), payload),
          },
          {
            documentId: 2,
            kind: 'certificate',
            status: 'issued',
            copy: false,
            model: withPayload(sampleCertificate(), payload, ['kind', 'achievement']),
          },
        ],
        images: {},
      };
      const html = staticPrintHtml(view);
      const body = html.slice(html.indexOf('<body>'));
      // Text is escaped (`&lt;`), so every `<` left opens a tag the templates wrote.
      expect(body).not.toMatch(/<script|<img|<\/style/i);
      expect(body).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
      expect(body).not.toMatch(/<[a-z][^>]*=\s*"?\s*javascript:/i);
      if (payload.includes('<')) expect(body).toContain('&lt;');
      // Only the stylesheet's own </style>: a payload cannot close it.
      expect(html.match(/<\/style>/g)).toHaveLength(1);
    },
  );
});
