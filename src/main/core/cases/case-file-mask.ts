/**
 * How the case page shows a national ID before "show" is pressed: the card's grouping with only
 * the last four digits, `x-xxxx-xxxx9-12-3`. Four digits are enough for a clerk to tell two
 * people apart and to match the card in the person's hand, and too few to use the number
 * elsewhere (the first digits say the person type and the registering office). A person without
 * a Thai ID has nothing to mask: the empty string.
 */
export function maskNationalId(nationalId: string | null): string {
  if (nationalId === null || !/^\d{13}$/.test(nationalId)) return '';
  const lastFour = nationalId.slice(9);
  return `x-xxxx-xxxx${lastFour.slice(0, 1)}-${lastFour.slice(1, 3)}-${lastFour.slice(3)}`;
}

/**
 * Another document's number (passport, pink card…): its last four characters, the rest as x; a
 * number too short to hide anything behind four characters is shown as x only.
 */
export function maskOtherIdNumber(number: string): string {
  const characters = [...number];
  if (characters.length === 0) return '';
  if (characters.length <= 6) return 'x'.repeat(characters.length);
  return 'x'.repeat(characters.length - 4) + characters.slice(-4).join('');
}
