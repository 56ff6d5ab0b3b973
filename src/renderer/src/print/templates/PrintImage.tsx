/** @jsxRuntime automatic */
import type { ImageRef } from '../../../../shared/domain/documents';

/** Only the image types the office can store, as the data URLs the core builds from their bytes. */
const STORED_IMAGE_URL = /^data:image\/(?:png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/;

interface PrintImageProps {
  imageRef: ImageRef | null;
  images: Readonly<Record<string, string>>;
  className: string;
}

/**
 * An emblem or a signature. The source is looked up by the image's SHA-256 in the view's own
 * images, never taken from the model, and only a data URL of a stored image type is used: the
 * print window loads nothing from anywhere else. Anything missing or odd prints no image.
 */
export function PrintImage({ imageRef, images, className }: PrintImageProps) {
  if (!imageRef || !Object.hasOwn(images, imageRef.sha256)) return null;
  const src = images[imageRef.sha256];
  if (typeof src !== 'string' || !STORED_IMAGE_URL.test(src)) return null;
  return <img className={className} src={src} alt="" />;
}
