/**
 * Whether an uploaded file is a plain SVG drawing that is safe to show in the print window
 * beside a beneficiary's data. The app has no XML parser in its main process, and a general one
 * would resolve entities and external subsets: this is a small, strict reader of the subset an
 * emblem needs (elements, quoted attributes, text, comments, CDATA, an XML declaration), which
 * refuses anything outside it.
 *
 * - `image_not_recognised`: not UTF-8 text, no `<svg>` root, or not well-formed.
 * - `image_unsafe_svg`: script, event attributes, `javascript:`/`data:` URLs, references to
 *   anything outside the file (href not starting with `#`, CSS `url(…)`/`@import`), embedded
 *   documents (`foreignObject`, `iframe`, `embed`, `object`), a DOCTYPE or entity declaration,
 *   or a processing instruction (`xml-stylesheet` loads a stylesheet).
 */
export type SvgVerdict = 'ok' | 'image_not_recognised' | 'image_unsafe_svg';

/** Refused wherever they appear, whatever the structure around them (belt and braces). */
const UNSAFE_TEXT = [
  '<script',
  '<!doctype',
  '<!entity',
  '<foreignobject',
  '<iframe',
  '<embed',
  '<object',
  'javascript:',
  'vbscript:',
  'data:',
  '@import',
];
const UNSAFE_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
]);

const NAME = /[A-Za-z_][\w.:-]*/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/y;
const SPACE = /\s+/y;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

class Refused extends Error {
  constructor(readonly verdict: Exclude<SvgVerdict, 'ok'>) {
    super(verdict);
  }
}

const notSvg = () => new Refused('image_not_recognised');
const unsafe = () => new Refused('image_unsafe_svg');

export function checkSvg(bytes: Uint8Array): SvgVerdict {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return 'image_not_recognised';
  }
  if (text.includes('\u0000') || !/<(?:[\w.-]+:)?svg[\s/>]/i.test(text))
    return 'image_not_recognised';
  const lower = text.toLowerCase();
  if (UNSAFE_TEXT.some((needle) => lower.includes(needle))) return 'image_unsafe_svg';
  try {
    readDocument(text);
    return 'ok';
  } catch (error) {
    if (error instanceof Refused) return error.verdict;
    throw error;
  }
}

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_all, ref: string) => {
    if (ref.startsWith('#x')) return character(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return character(parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? '';
  });
}

/** A reference beyond Unicode is not well-formed XML (and `fromCodePoint` would throw). */
function character(codePoint: number): string {
  if (!Number.isSafeInteger(codePoint) || codePoint > 0x10ffff) throw notSvg();
  return String.fromCodePoint(codePoint);
}

/**
 * CSS (a `style` attribute or element, or a presentation attribute), after character references:
 * only `url(#local)`, no `image-set()`.
 */
function checkCss(css: string): void {
  if (css.includes('\\')) throw unsafe(); // CSS escapes could spell "url(" or "import"
  const lower = css.toLowerCase();
  if (lower.includes('@import')) throw unsafe();
  // image-set() takes a URL as a plain string, without url().
  if (lower.includes('image-set')) throw unsafe();
  for (const found of lower.matchAll(/url\(\s*['"]?\s*([^)'"\s]*)/g))
    if (!(found[1] ?? '').startsWith('#')) throw unsafe();
}

function checkAttribute(name: string, rawValue: string): void {
  if (BAD_REFERENCE.test(rawValue)) throw notSvg();
  const value = decodeReferences(rawValue);
  const local = localName(name);
  if (local.startsWith('on')) throw unsafe();
  // Namespace declarations name a namespace; they are never fetched.
  if (name === 'xmlns' || name.startsWith('xmlns:')) return;
  if (local === 'href' && !value.trim().startsWith('#')) throw unsafe();
  // An animation can set an href after the check (`<set attributeName="href" to="…">`).
  if (local === 'attributename' && localName(value.trim()) === 'href') throw unsafe();
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL scheme
  const squeezed = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
  if (['javascript:', 'vbscript:', 'data:'].some((scheme) => squeezed.includes(scheme)))
    throw unsafe();
  checkCss(value);
}

/** Reads the whole document; throws `Refused` at the first thing outside the accepted subset. */
function readDocument(source: string): void {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const open: string[] = [];
  let rootSeen = false;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const segment = text.slice(at, lt === -1 ? text.length : lt);
    if (open.length === 0 && segment.trim() !== '') throw notSvg();
    if (BAD_REFERENCE.test(segment)) throw notSvg();
    // The text of a style element is read after its character references (`&#117;rl(`).
    if (open.length > 0 && localName(open[open.length - 1] ?? '') === 'style')
      checkCss(decodeReferences(segment));
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) throw notSvg();
      at = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1 || open.length === 0) throw notSvg();
      if (localName(open[open.length - 1] ?? '') === 'style') checkCss(text.slice(lt + 9, end));
      at = end + 3;
    } else if (text.startsWith('<?', lt)) {
      // Only the XML declaration, first thing in the file; any other instruction may load.
      if (lt !== 0 || !/^<\?xml\s/.test(text)) throw unsafe();
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) throw notSvg();
      at = end + 2;
    } else if (text.startsWith('<!', lt)) {
      throw unsafe(); // DOCTYPE, ENTITY and the like
    } else if (text.startsWith('</', lt)) {
      const end = match(END_TAG, text, lt);
      if (!end || open.pop() !== end[1]) throw notSvg();
      at = lt + end[0].length;
    } else {
      const name = match(NAME, text, lt + 1)?.[0];
      if (!name) throw notSvg();
      if (open.length === 0) {
        if (rootSeen || localName(name) !== 'svg') throw notSvg();
        rootSeen = true;
      }
      if (UNSAFE_ELEMENTS.has(localName(name))) throw unsafe();
      let cursor = lt + 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const space = match(SPACE, text, cursor);
        if (space) cursor += space[0].length;
        if (text.startsWith('/>', cursor)) {
          cursor += 2;
          break;
        }
        if (text.startsWith('>', cursor)) {
          open.push(name);
          cursor += 1;
          break;
        }
        const attribute = match(ATTRIBUTE, text, cursor);
        if (!space || !attribute) throw notSvg();
        const [whole, attributeName = '', quoted = ''] = attribute;
        if (seen.has(attributeName)) throw notSvg();
        seen.add(attributeName);
        checkAttribute(attributeName, quoted.slice(1, -1));
        cursor += whole.length;
      }
      at = cursor;
    }
  }
  if (!rootSeen || open.length > 0) throw notSvg();
}
