import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareThai, compareThaiNames, sortThai } from '../../../src/shared/thai';

describe('Thai collation', () => {
  it('sorts a leading vowel under its consonant', () => {
    expect(sortThai(['ขวัญ', 'เกษม', 'กมล', 'ไก่'])).toEqual(['กมล', 'เกษม', 'ไก่', 'ขวัญ']);
    expect(compareThai('เกษม', 'ขวัญ')).toBeLessThan(0);
    // Code-point order would put every เ… after every ข….
    expect('เกษม' > 'ขวัญ').toBe(true);
  });

  it('sorts records by a key, keeping the order of equal keys', () => {
    const people = [
      { id: 1, lastName: 'ศรีสุข' },
      { id: 2, lastName: 'แก้วมณี' },
      { id: 3, lastName: 'ศรีสุข' },
      { id: 4, lastName: 'กองทอง' },
    ];
    expect(sortThai(people, (person) => person.lastName).map((person) => person.id)).toEqual([
      4, 2, 1, 3,
    ]);
  });

  it('returns a sorted copy and leaves the list alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (list) => {
        const before = [...list];
        const sorted = sortThai(list);
        expect(list).toEqual(before);
        expect([...sorted].sort()).toEqual([...list].sort());
        for (let index = 1; index < sorted.length; index += 1)
          expect(compareThai(sorted[index - 1]!, sorted[index]!)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('sorts people by their names, not by the titles typed before them', () => {
    const names = ['นายสมชาย ดีใจ', 'นางสาวกาญจนา ทองดี', 'นายกมล ใจเย็น', 'นางบุญมี ศรีสุข'];
    // กมล before กาญจนา (a bare consonant before a vowel, as in the dictionary).
    expect([...names].sort(compareThaiNames)).toEqual([
      'นายกมล ใจเย็น',
      'นางสาวกาญจนา ทองดี',
      'นางบุญมี ศรีสุข',
      'นายสมชาย ดีใจ',
    ]);
  });
});
