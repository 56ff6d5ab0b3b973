/** The faces the templates print with: loaded before the page says it is ready. */
const PRINTED_FACES = ['400 16pt Sarabun', '700 16pt Sarabun'];
const SAMPLE_TEXT = 'กขค ABC 123';

/**
 * Resolves once every font the pages use has loaded and every image is decoded; rejects when an
 * image cannot be decoded. Only then may the host print: a PDF taken earlier has a fallback font
 * or a missing emblem. Layout is forced first, because a face is only requested once text
 * needing it is laid out, and `fonts.ready` alone would resolve before the request.
 * (jsdom has neither `document.fonts` nor `decode`: there is nothing to wait for there.)
 */
export async function waitForPrintAssets(doc: Document): Promise<void> {
  doc.body.getBoundingClientRect();
  const fonts = (doc as Partial<Pick<Document, 'fonts'>>).fonts;
  if (fonts) {
    await Promise.all(PRINTED_FACES.map((face) => fonts.load(face, SAMPLE_TEXT)));
    await fonts.ready;
  }
  await Promise.all(
    Array.from(doc.images, (image) =>
      typeof image.decode === 'function' ? image.decode() : Promise.resolve(),
    ),
  );
}
