import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { letterheadSaveSchema } from '../../../../shared/domain/documents';
import { LetterheadPreview } from './LetterheadPreview';
import { numberExample } from './number-example';

type FormInput = z.input<typeof letterheadSaveSchema>;
type FormControl = Control<FormInput, unknown, z.output<typeof letterheadSaveSchema>>;

/**
 * The parts of the page that follow what is typed. Each watches only its own fields, so a
 * keystroke re-renders the example or the preview, not the whole form.
 */
export function NumberExample({ control }: { control: FormControl }) {
  const { t } = useTranslation('letterhead');
  const [prefix, thaiDigits] = useWatch({ control, name: ['numberPrefix', 'thaiDigits'] });
  return t('form.numberPrefixExample', { example: numberExample(prefix, thaiDigits) });
}

export function WatchedPreview({ control }: { control: FormControl }) {
  const [agencyName, address, numberPrefix, thaiDigits, emblemImageId] = useWatch({
    control,
    name: ['agencyName', 'addressLines', 'numberPrefix', 'thaiDigits', 'emblemImageId'],
  });
  return (
    <LetterheadPreview
      agencyName={agencyName}
      address={address}
      numberPrefix={numberPrefix}
      thaiDigits={thaiDigits}
      emblemImageId={emblemImageId}
    />
  );
}
