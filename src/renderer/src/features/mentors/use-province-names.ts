import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLanguage } from '../../app/providers/language-context';
import { addressesQueries } from '../addresses/addresses-queries';

const thaiCollator = new Intl.Collator('th');

/** The provinces (reference data) by id in the screen's language, and as choices in Thai order. */
export function useProvinceNames() {
  const provinces = useQuery(addressesQueries.provinces());
  const { language } = useLanguage();
  return useMemo(() => {
    const list = provinces.data ?? [];
    const nameOf = (province: { nameTh: string; nameEn: string }) =>
      language === 'th' ? province.nameTh : province.nameEn;
    const byId = new Map(list.map((province) => [province.id, nameOf(province)]));
    return {
      name: (id: number) => byId.get(id) ?? String(id),
      options: [...list]
        .sort((a, b) => thaiCollator.compare(a.nameTh, b.nameTh))
        .map((province) => ({ value: String(province.id), label: nameOf(province) })),
    };
  }, [provinces.data, language]);
}
