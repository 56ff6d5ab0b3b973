/**
 * Today as a local calendar date (`YYYY-MM-DD`): the day a sheet is printed in this office, by
 * the PC's own calendar (the date written on paper is the one on the office wall).
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
