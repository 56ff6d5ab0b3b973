/**
 * Server-sent events, the few parts the web host needs: writing frames (server) and reading them
 * back (the bridge in the page, which reads the stream with fetch because EventSource cannot send
 * the token header). Pure: runs in Node and in the browser.
 */

export interface SseFrame {
  event: string;
  data: string;
}

/** One event. `data` must be one line; `JSON.stringify` never emits a raw line break. */
export function sseFrame(event: string, data: string): string {
  if (/[\r\n]/.test(event) || /[\r\n]/.test(data)) throw new Error('an SSE field must be one line');
  return `event: ${event}\ndata: ${data}\n\n`;
}

/** A comment line: ignored by readers, keeps idle connections from being timed out. */
export function sseComment(text: string): string {
  return `: ${text}\n\n`;
}

/**
 * Turns a stream of decoded text into frames, however the text is cut into chunks. Follows the
 * HTML standard's rules for the fields used here: lines end in CRLF, LF or CR; `:` starts a
 * comment; one space after the colon is dropped; `data` lines join with LF; a blank line
 * dispatches; a frame without data is dropped; the default event name is `message`.
 */
export class SseParser {
  private pending = '';
  /** The previous chunk ended in CR: an LF at the start of the next belongs to that line end. */
  private skipLeadingLf = false;
  private event = '';
  private data: string[] = [];

  feed(chunk: string): SseFrame[] {
    let text = this.pending + chunk;
    if (this.skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
    this.skipLeadingLf = false;
    const frames: SseFrame[] = [];
    let lineStart = 0;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (char !== '\n' && char !== '\r') continue;
      this.line(text.slice(lineStart, i), frames);
      if (char === '\r') {
        if (i + 1 === text.length) this.skipLeadingLf = true;
        else if (text[i + 1] === '\n') i += 1;
      }
      lineStart = i + 1;
    }
    this.pending = text.slice(lineStart);
    return frames;
  }

  private line(line: string, frames: SseFrame[]): void {
    if (line === '') {
      if (this.data.length > 0) {
        frames.push({ event: this.event || 'message', data: this.data.join('\n') });
      }
      this.event = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}
