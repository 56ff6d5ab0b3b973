/**
 * Attachments travel base64-encoded (both transports carry JSON). Encoding goes in slices: one
 * `String.fromCharCode(...bytes)` of a 10 MB file would overflow the call stack.
 */
const SLICE = 0x8000;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** 1.2 MB, 340 KB, 512 bytes — in the clerk's language's digits. */
export function sizeParts(bytes: number): {
  unit: 'bytes' | 'kilobytes' | 'megabytes';
  count: string;
} {
  const format = (value: number) =>
    new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return { unit: 'bytes', count: format(bytes) };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', count: format(bytes / 1024) };
  return { unit: 'megabytes', count: format(bytes / (1024 * 1024)) };
}
