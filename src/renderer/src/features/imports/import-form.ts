import {
  importSettingsSchema,
  type ColumnMapping,
  type ImportSettings,
} from '../../../../shared/domain/imports';

/** The mapping screen's form: the contract's own schema. */
export const importSettingsFormSchema = importSettingsSchema;

export function defaultSettings(suggested: ColumnMapping): ImportSettings {
  return { mapping: suggested, dateEra: 'be', dateOrder: 'dmy', consentBasis: 'paper_declaration' };
}

/** "A · ชื่อ" — the column letter as Excel shows it, then the header. */
export function columnLabel(index: number, header: string): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return header ? `${letters} · ${header}` : letters;
}
