import { withDigits } from '../../../../shared/thai/thai-digits';

/** What a letter's number looks like with this prefix: "ที่ พม ๐๕๐๖/๑๒๓". */
export function numberExample(prefix: string, thaiDigits: boolean): string {
  return `ที่ ${withDigits(`${prefix.trim()}123`, thaiDigits ? 'thai' : 'arabic')}`;
}
