/** Synthetic settings rows: `bench:<n>` keys, JSON values mixing Thai and Latin text. */

const GIVEN_NAMES = ['สมชาย', 'สมหญิง', 'ประยุทธ', 'วันเพ็ญ', 'ณัฐวุฒิ', 'กาญจนา', 'Anan', 'Malee'];
const FAMILY_NAMES = ['ใจดี', 'รักษ์ไทย', 'ศรีสุข', 'บุญมา', 'Wongsakul', 'Chaiyaporn'];
const PROVINCES = ['กรุงเทพมหานคร', 'เชียงใหม่', 'ขอนแก่น', 'สงขลา', 'Nakhon Ratchasima'];

export function benchKey(n: number): string {
  return `bench:${n}`;
}

export function benchValue(n: number): string {
  return JSON.stringify({
    n,
    name: `${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${FAMILY_NAMES[n % FAMILY_NAMES.length]}`,
    province: PROVINCES[n % PROVINCES.length],
    note: `Lazada mentor session ${n} — ติดตามผลการฝึกอาชีพ ครั้งที่ ${n % 12}`,
    tags: ['career', 'ฝึกอบรม', n % 2 === 0 ? 'online' : 'ออฟไลน์'],
  });
}

/** Rows per transaction for every insert figure: an import in batches, not one huge commit. */
export const ROWS_PER_TRANSACTION = 1000;

/** Calls `write(start, end)` for consecutive batches covering rows 0..rows-1. */
export async function inBatches(
  rows: number,
  write: (start: number, end: number) => unknown,
): Promise<void> {
  for (let start = 0; start < rows; start += ROWS_PER_TRANSACTION) {
    await write(start, Math.min(rows, start + ROWS_PER_TRANSACTION));
  }
}
