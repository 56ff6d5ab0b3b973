import type { UserEvent } from '@testing-library/user-event';

/** Presses Tab (as a keyboard user does) until `target` has the focus; fails if it never does. */
export async function tabTo(user: UserEvent, target: HTMLElement, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (document.activeElement === target) return;
    await user.tab();
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 120)}`);
}

/**
 * Chooses a radio button as a keyboard user does: Tab into the group (it is one tab stop), then
 * the arrow keys, which move the choice; Space chooses the first one when nothing is chosen yet.
 */
export async function chooseRadio(user: UserEvent, target: HTMLInputElement): Promise<void> {
  const group = [
    ...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${target.name}"]`),
  ];
  const entry = group.find((radio) => radio.checked) ?? group[0]!;
  await tabTo(user, entry);
  if (!entry.checked) await user.keyboard(' ');
  for (let presses = 0; !target.checked && presses < group.length; presses += 1) {
    await user.keyboard('{ArrowDown}');
  }
  if (!target.checked) throw new Error('The arrow keys never reached the radio button');
}
