import fc from 'fast-check';

/** Calendar dates from ค.ศ. 1900 to 2200, as `YYYY-MM-DD`. */
export const isoDate = (min = '1900-01-01', max = '2200-12-31'): fc.Arbitrary<string> =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

/** Instants from 1970 to 2200, whole milliseconds. */
export const instant = (): fc.Arbitrary<Date> =>
  fc.date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2200-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  });

export const digitString = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
