import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostcodePlace } from '../../../../shared/domain/addresses';
import { thaiDigitsToArabic } from '../../../../shared/thai';
import { addressesQueries } from './addresses-queries';
import { formatThaiPlace } from './format-address';

interface PostcodeSearchProps {
  onPick: (place: PostcodePlace) => void;
  disabled: boolean;
}

/** Main finds nothing for fewer digits (a two-digit prefix would list a whole region). */
const SEARCH_MIN_DIGITS = 3;
const placeKey = (place: PostcodePlace) => `${place.subdistrictId}:${place.postcode}`;

/**
 * Type a whole or partial postcode, pick one of its places: the quickest way to an address when
 * the person knows their postcode. It holds no value of its own; the picked place goes to `onPick`.
 */
export function PostcodeSearch({ onPick, disabled }: PostcodeSearchProps) {
  const { t, i18n } = useTranslation('addresses');
  const [search, setSearch] = useState('');
  const digits = thaiDigitsToArabic(search).replace(/\D/g, '').slice(0, 5);
  const searching = digits.length >= SEARCH_MIN_DIGITS;
  const found = useQuery({ ...addressesQueries.byPostcode(digits), enabled: searching });

  const english = i18n.language === 'en';
  // English names in the data are sometimes poor romanisations: the Thai name goes beside them.
  const label = (place: PostcodePlace) =>
    `${place.postcode} · ${
      english
        ? `${place.subdistrictNameEn} (${place.subdistrictNameTh}), ${place.districtNameEn}, ${place.provinceNameEn}`
        : formatThaiPlace({
            subdistrictName: place.subdistrictNameTh,
            districtName: place.districtNameTh,
            provinceName: place.provinceNameTh,
            isBangkok: place.isBangkok,
          })
    }`;

  const pick = (key: string | null) => {
    const place = found.data?.find((item) => placeKey(item) === key);
    if (!place) return;
    onPick(place);
    setSearch('');
  };

  return (
    <Select
      label={t('fields.postcodeSearch')}
      description={t('fields.postcodeSearchHint')}
      placeholder={t('fields.postcodeSearchPlaceholder')}
      searchable
      disabled={disabled}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={pick}
      data={(searching ? (found.data ?? []) : []).map((place) => ({
        value: placeKey(place),
        label: label(place),
      }))}
      nothingFoundMessage={
        searching && found.isSuccess ? t('fields.postcodeSearchEmpty') : undefined
      }
      inputMode="numeric"
      limit={100}
    />
  );
}
