import { Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PostcodePlace } from '../../../../shared/domain/addresses';
import { thaiDigitsToArabic } from '../../../../shared/thai';
import { fieldErrorMessage } from '../../components/field-error';
import { addressesQueries } from './addresses-queries';
import { PostcodeSearch } from './PostcodeSearch';

export interface AddressFieldsProps {
  /** Path of an object `{ line, subdistrictId, postcode }` (`addressSchema`) in the form. */
  name: string;
  legend: string;
  disabled?: boolean;
}

interface Named {
  id: number;
  nameTh: string;
  nameEn: string;
}

/**
 * An address in a react-hook-form form: the line typed freely, the rest picked from the
 * reference data, by postcode search or by province → district → subdistrict. The form holds only
 * `subdistrictId` and `postcode`; the province and the district are this component's state, taken
 * from `addresses.place` when the form already has a subdistrict (a resumed draft, an edit).
 */
export function AddressFields({ name, legend, disabled = false }: AddressFieldsProps) {
  const { t, i18n } = useTranslation('addresses');
  const { register, setValue, control, formState } = useFormContext();
  const path = (field: 'line' | 'subdistrictId' | 'postcode') => `${name}.${field}`;
  const subdistrictId = useWatch({ control, name: path('subdistrictId') }) as number | null;
  const postcode = (useWatch({ control, name: path('postcode') }) as string | undefined) ?? '';
  const error = (field: 'line' | 'subdistrictId' | 'postcode') =>
    fieldErrorMessage(get(formState.errors, path(field)), t);

  const [provinceId, setProvinceId] = useState<number | null>(null);
  const [districtId, setDistrictId] = useState<number | null>(null);

  const provinces = useQuery(addressesQueries.provinces());
  const districts = useQuery({
    ...addressesQueries.districts(provinceId ?? 0),
    enabled: provinceId !== null,
  });
  const subdistricts = useQuery({
    ...addressesQueries.subdistricts(districtId ?? 0),
    enabled: districtId !== null,
  });
  // The form's subdistrict is not among the district shown (none shown yet, or the form was
  // filled from elsewhere): ask main where it lies, and show that province and district.
  const shownHasIt = subdistricts.data?.some((subdistrict) => subdistrict.id === subdistrictId);
  const needsPlace = subdistrictId !== null && (districtId === null || shownHasIt === false);
  const place = useQuery({
    ...addressesQueries.place(subdistrictId ?? 0),
    enabled: needsPlace,
  });
  // Adjusted while rendering (React's pattern for state that follows a value); once set, the
  // condition no longer holds, so it runs once per answer.
  const restored = needsPlace && place.data?.subdistrictId === subdistrictId ? place.data : null;
  if (restored && (provinceId !== restored.provinceId || districtId !== restored.districtId)) {
    setProvinceId(restored.provinceId);
    setDistrictId(restored.districtId);
  }

  const english = i18n.language === 'en';
  const optionLabel = (item: Named) => (english ? `${item.nameEn} (${item.nameTh})` : item.nameTh);
  const options = (items: Named[] | undefined) =>
    (items ?? []).map((item) => ({ value: String(item.id), label: optionLabel(item) }));

  const province = provinces.data?.find((item) => item.id === provinceId);
  const isBangkok = province?.isBangkok ?? false;
  const subdistrict = subdistricts.data?.find((item) => item.id === subdistrictId);
  const choices = subdistrict && subdistrict.postcodes.length > 1 ? subdistrict.postcodes : [];

  const change = { shouldDirty: true, shouldTouch: true, shouldValidate: formState.isSubmitted };
  const setSubdistrict = (id: number | null, postcodes: string[]) => {
    setValue(path('subdistrictId'), id, change);
    // One postcode: it is that one. Several: keep the one typed if it is one of them, else the
    // clerk chooses. None (a few uninhabited islands): empty.
    const next =
      postcodes.length === 1 ? postcodes[0]! : postcodes.includes(postcode) ? postcode : '';
    setValue(path('postcode'), next, change);
  };

  const pickProvince = (value: string | null) => {
    setProvinceId(value === null ? null : Number(value));
    setDistrictId(null);
    setSubdistrict(null, []);
  };
  const pickDistrict = (value: string | null) => {
    setDistrictId(value === null ? null : Number(value));
    setSubdistrict(null, []);
  };
  const pickSubdistrict = (value: string | null) => {
    const picked = subdistricts.data?.find((item) => String(item.id) === value);
    setSubdistrict(picked?.id ?? null, picked?.postcodes ?? []);
  };
  const pickFound = (place: PostcodePlace) => {
    setProvinceId(place.provinceId);
    setDistrictId(place.districtId);
    setValue(path('subdistrictId'), place.subdistrictId, change);
    setValue(path('postcode'), place.postcode, change);
  };

  const districtLabel = t(isBangkok ? 'fields.districtBangkok' : 'fields.district');
  const subdistrictLabel = t(isBangkok ? 'fields.subdistrictBangkok' : 'fields.subdistrict');

  return (
    <Fieldset legend={legend} disabled={disabled}>
      <Stack gap="sm">
        <TextInput
          label={t('fields.line')}
          description={t('fields.lineHint')}
          disabled={disabled}
          error={error('line')}
          aria-invalid={error('line') ? true : undefined}
          {...register(path('line'))}
        />
        <PostcodeSearch onPick={pickFound} disabled={disabled} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.province')}
            searchable
            disabled={disabled}
            value={provinceId === null ? null : String(provinceId)}
            onChange={pickProvince}
            data={options(provinces.data)}
            nothingFoundMessage={t('fields.nothingFound')}
          />
          <Select
            label={districtLabel}
            searchable
            disabled={disabled || provinceId === null}
            placeholder={provinceId === null ? t('fields.pickProvinceFirst') : undefined}
            value={districtId === null ? null : String(districtId)}
            onChange={pickDistrict}
            data={options(districts.data)}
            nothingFoundMessage={t('fields.nothingFound')}
          />
          <Select
            label={subdistrictLabel}
            searchable
            disabled={disabled || districtId === null}
            placeholder={
              districtId === null
                ? t(isBangkok ? 'fields.pickDistrictFirstBangkok' : 'fields.pickDistrictFirst')
                : undefined
            }
            value={subdistrictId === null ? null : String(subdistrictId)}
            onChange={pickSubdistrict}
            data={options(subdistricts.data)}
            nothingFoundMessage={t('fields.nothingFound')}
            error={error('subdistrictId')}
            aria-invalid={error('subdistrictId') ? true : undefined}
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.postcode')}
          disabled={disabled}
          inputMode="numeric"
          maxLength={5}
          w={{ base: '100%', sm: 200 }}
          error={error('postcode')}
          aria-invalid={error('postcode') ? true : undefined}
          // Clerks may type Thai digits in any number field (docs/domain.md).
          {...register(path('postcode'), {
            setValueAs: (value: string) => thaiDigitsToArabic(value).trim(),
          })}
        />
        {choices.length > 0 && (
          <Radio.Group
            label={t('fields.postcodeChoiceLabel')}
            description={t(isBangkok ? 'fields.postcodeChoiceBangkok' : 'fields.postcodeChoice')}
            value={choices.includes(postcode) ? postcode : null}
            onChange={(value) => setValue(path('postcode'), value, change)}
          >
            <Group gap="lg" mt={6}>
              {choices.map((choice) => (
                <Radio key={choice} value={choice} label={choice} disabled={disabled} />
              ))}
            </Group>
          </Radio.Group>
        )}
      </Stack>
    </Fieldset>
  );
}
