import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { reviewSections } from '../../src/renderer/src/features/intake/review-rows';
import { completeValues } from './support/fake-intake';

// The rows' labels are what t gives; here the key itself, so a row is found by its key.
const t = ((key: string) => key) as unknown as TFunction<['intake', 'cases']>;

describe('the intake review page', () => {
  it('writes each address with its subdistrict, district and province, as on an envelope', () => {
    const values = completeValues();
    values.contact.registeredAddress = { line: '99 หมู่ 4', subdistrictId: 716, postcode: '40000' };
    const sections = reviewSections(values, {
      t,
      date: (isoDate) => isoDate,
      language: 'th',
      place: (id) => (id === 716 ? 'ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น' : ''),
    });
    const contact = sections.find((section) => section.step === 'contact')!;
    const registered = contact.rows.find((row) => row.label === 'contact.registeredAddress');
    expect(registered?.value).toBe('99 หมู่ 4 ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000');
  });
});
