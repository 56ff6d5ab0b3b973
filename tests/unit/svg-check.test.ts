import { describe, expect, it } from 'vitest';
import { checkSvg } from '../../src/main/core/documents/svg-check';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const check = (text: string) => checkSvg(new TextEncoder().encode(text));

describe('the SVG check of an emblem or a signature', () => {
  it.each([
    ['a bare drawing', `<svg ${NS}><rect width="1" height="1"/></svg>`],
    ['a byte-order mark and a declaration', `\uFEFF<?xml version="1.0"?>\n<svg ${NS}/>`],
    [
      "an editor's header, metadata and namespaced attributes",
      `<!-- Created with Inkscape -->\n<svg ${NS} xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
        `<metadata><rdf:RDF><rdf:Description rdf:about=""/></rdf:RDF></metadata>` +
        `<sodipodi:namedview pagecolor="#ffffff"/><g id="layer1"><path d="M0 0L1 1z"/></g></svg>`,
    ],
    [
      'local references',
      `<svg ${NS}><a href="#top"><use href="#c"/></a><circle id="c" fill="url( '#g' )"/></svg>`,
    ],
    [
      'a style element in CDATA',
      `<svg ${NS}><style><![CDATA[ rect { fill: url(#g) } ]]></style></svg>`,
    ],
    ['escaped text', `<svg ${NS}><text>A &amp; B &#3585; &lt;ok&gt;</text></svg>`],
  ])('accepts %s', (_name, text) => expect(check(text)).toBe('ok'));

  it.each([
    ['a namespaced script', `<svg ${NS} xmlns:s="http://www.w3.org/2000/svg"><s:script/></svg>`],
    ['an event attribute in capitals', `<svg ${NS}><rect ONCLICK="x()"/></svg>`],
    [
      'javascript: spelled with references',
      `<svg ${NS}><a href="#" x="&#106;avascript&#58;x"/></svg>`,
    ],
    ['an external xlink:href', `<svg ${NS}><image xlink:href="file:///etc/passwd"/></svg>`],
    ['an empty href', `<svg ${NS}><image href=""/></svg>`],
    ['a CSS escape', `<svg ${NS}><rect style="fill: \\75 rl(http://x)"/></svg>`],
    ['an external CSS url', `<svg ${NS}><style>rect { fill: url("http://x/y") }</style></svg>`],
    [
      'an external url in a presentation attribute',
      `<svg ${NS}><rect fill="url(https://x/#g)"/></svg>`,
    ],
    ['an animated xlink:href', `<svg ${NS}><set attributeName="xlink:href" to="#x"/></svg>`],
    ['a DOCTYPE', `<!DOCTYPE svg><svg ${NS}/>`],
    ['an iframe', `<svg ${NS}><iframe/></svg>`],
    ['a declaration that is not first', `<!-- x --><?xml version="1.0"?><svg ${NS}/>`],
  ])('refuses %s as unsafe', (_name, text) => expect(check(text)).toBe('image_unsafe_svg'));

  it.each([
    ['unclosed elements', `<svg ${NS}><g></svg>`],
    ['a second root', `<svg ${NS}/><svg ${NS}/>`],
    ['text outside the root', `hello <svg ${NS}/>`],
    ['another root element', `<html><svg ${NS}/></html>`],
    ['an unknown entity', `<svg ${NS}><text>&nbsp;</text></svg>`],
    ['an unquoted attribute', `<svg ${NS}><rect width=1/></svg>`],
    ['a repeated attribute', `<svg ${NS}><rect x="1" x="2"/></svg>`],
    ['an unterminated comment', `<svg ${NS}><!-- </svg>`],
  ])('refuses %s as not an SVG document', (_name, text) =>
    expect(check(text)).toBe('image_not_recognised'),
  );

  it('refuses bytes that are not UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode('<svg/>')]);
    expect(checkSvg(utf16)).toBe('image_not_recognised');
  });
});

describe('review of official documents (issue 10): the SVG check', () => {
  it.each([
    [
      'an external url spelled with character references in a style element',
      `<svg ${NS}><style>rect { fill: &#117;rl(http://x/y) }</style></svg>`,
    ],
    [
      'a CSS escape spelled with a character reference in a style element',
      `<svg ${NS}><style>rect { fill: &#92;75 rl(http://x/y) }</style></svg>`,
    ],
    [
      '@import spelled with a character reference in a style element',
      `<svg ${NS}><style>&#64;import "http://x/y.css";</style></svg>`,
    ],
    [
      'an image-set() with a plain string (a URL without url())',
      `<svg ${NS}><style>svg { background-image: image-set("http://x/y.png" 1x) }</style></svg>`,
    ],
    [
      'an image-set() in a style attribute',
      `<svg ${NS}><rect style="background: -webkit-image-set('http://x/y.png' 1x)"/></svg>`,
    ],
  ])('found in review: refuses %s', (_name, text) => expect(check(text)).toBe('image_unsafe_svg'));

  it('found in review: a character reference beyond Unicode is not an SVG (it threw instead)', () => {
    expect(check(`<svg ${NS}><rect fill="&#99999999;"/></svg>`)).toBe('image_not_recognised');
    expect(check(`<svg ${NS}><style>&#x110000;</style></svg>`)).toBe('image_not_recognised');
  });

  it.each([
    ['an uppercase script element', `<svg ${NS}><SCRIPT>alert(1)</SCRIPT></svg>`],
    ['a script in CDATA', `<svg ${NS}><script><![CDATA[alert(1)]]></script></svg>`],
    ['a use of another file', `<svg ${NS}><use href="http://x/y.svg#a"/></svg>`],
    ['a use of a data: document', `<svg ${NS}><use href="data:image/svg+xml,<svg/>#a"/></svg>`],
    [
      'an internal entity declaration',
      `<!DOCTYPE svg [<!ENTITY x "&#106;avascript:">]><svg ${NS}><a href="&x;"/></svg>`,
    ],
    [
      'a style attribute with an external url',
      `<svg ${NS}><rect style="fill:URL( http://x )"/></svg>`,
    ],
    ['an xml-stylesheet instruction', `<?xml-stylesheet href="http://x/y.css"?><svg ${NS}/>`],
  ])('held in review: refuses %s', (_name, text) => expect(check(text)).not.toBe('ok'));

  it('held in review: an SVG in UTF-16 (with its BOM) is not read', () => {
    const text = `\uFEFF<svg ${NS}><script>alert(1)</script></svg>`;
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(checkSvg(utf16)).toBe('image_not_recognised');
  });
});
