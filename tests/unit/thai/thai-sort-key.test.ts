import { describe, expect, it } from 'vitest';
import { compareThai } from '../../../src/shared/thai/thai-collation';
import { thaiSortKey } from '../../../src/shared/thai/thai-sort-key';

const byKey = (a: string, b: string) => {
  const [ka, kb] = [thaiSortKey(a), thaiSortKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('thaiSortKey: byte order of the key is Thai dictionary order', () => {
  it('a leading vowel sorts under its consonant, and tone marks only break ties', () => {
    const names = ['ขวัญ', 'เกษม', 'กมล', 'ไก่', 'แก้ว', 'โกวิท', 'กา', 'ก่อ', 'กอ', 'น้ำ', 'นำ'];
    expect([...names].sort(byKey)).toEqual([
      'กมล',
      'กอ',
      'ก่อ',
      'กา',
      'เกษม',
      'แก้ว',
      'โกวิท',
      'ไก่',
      'ขวัญ',
      'นำ',
      'น้ำ',
    ]);
  });

  it('agrees with ICU’s Thai collation on full names', () => {
    const names = [
      'สมชาย ใจดี',
      'สมศรี มีสุข',
      'เจริญ พรมมา',
      'จันทร์เพ็ญ ศรีสุข',
      'ใจดี รักไทย',
      'ประเสริฐ แก้วมณี',
      'ปราณี ทองดี',
      'บุญมี ศรีสุข',
      'บัวผัน ทองคำ',
      'วิไล เพชรรัตน์',
      'อำไพ สุขใจ',
      'เพ็ญศรี อินทร์แก้ว',
      'เพชร ดวงดี',
    ];
    expect([...names].sort(byKey)).toEqual([...names].sort(compareThai));
  });
});
