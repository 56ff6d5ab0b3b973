import { Image } from '@mantine/core';
import { useEffect, useState } from 'react';
import { base64ToBytes } from './attachment-bytes';

interface ImageViewerProps {
  dataBase64: string;
  mimeType: string;
  alt: string;
}

/** The image from its bytes through a blob: URL, released when the viewer closes. */
export function ImageViewer({ dataBase64, mimeType, alt }: ImageViewerProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(
      new Blob([base64ToBytes(dataBase64)], { type: mimeType }),
    );
    // The blob: URL is a resource outside React, made and released with the viewer.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [dataBase64, mimeType]);
  return url ? <Image src={url} alt={alt} fit="contain" mah="75vh" /> : null;
}
