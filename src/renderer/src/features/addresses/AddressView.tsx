import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AddressView as Address } from '../../../../shared/domain/cases';

/**
 * PLACEHOLDER until the addresses feature's own view is merged (same path, same props): the
 * address line, then subdistrict, district, province and postcode as one line.
 */
export function AddressView({ address }: { address: Address }) {
  const { t } = useTranslation('shell');
  const places = [
    address.subdistrictName,
    address.districtName,
    address.provinceName,
    address.postcode,
  ].filter((part): part is string => !!part);
  if (!address.line && places.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Text style={{ whiteSpace: 'pre-line' }}>
      {[address.line, places.join(' ')].filter(Boolean).join('\n')}
    </Text>
  );
}
