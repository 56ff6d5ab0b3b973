import { useEffect, useEffectEvent } from 'react';

/**
 * Ctrl+L (⌘L on a Mac). `code` is checked besides `key` because Thai offices type with the Thai
 * layout switched on, where the L key gives "ส".
 */
export function isLockShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  return event.code === 'KeyL' || event.key.toLowerCase() === 'l';
}

export function useLockShortcut(lockNow: () => void): void {
  const onLock = useEffectEvent(lockNow);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event) || event.repeat) return;
      event.preventDefault();
      onLock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
