import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Prints one `PrintSheet`: marks it before the browser lays the page out for paper (hence
 * `flushSync`), and unmarks it once the print window has closed.
 */
export function usePrintSheet(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false), { once: true });
    window.print();
  }, []);
  return { printing, print };
}
