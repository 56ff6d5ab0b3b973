import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AddressView as StoredAddress } from '../../../../shared/domain/cases/case-file';
import { formatThaiAddress } from './format-address';

interface AddressViewProps {
  address: StoredAddress;
}

/**
 * A stored address, read-only, in the Thai order of an envelope: "12/3 หมู่ 4 ถนน… ตำบล… อำเภอ…
 * จังหวัด… 10200", or in Bangkok "… แขวง… เขต… กรุงเทพมหานคร 10330". The reference names are
 * Thai, so the line is Thai in both languages; an empty address says so in the screen's language.
 */
export function AddressView({ address }: AddressViewProps) {
  const { t } = useTranslation('addresses');
  const text = formatThaiAddress(address);
  if (!text) {
    return (
      <Text c="dimmed" fs="italic">
        {t('view.none')}
      </Text>
    );
  }
  return <Text lang="th">{text}</Text>;
}
