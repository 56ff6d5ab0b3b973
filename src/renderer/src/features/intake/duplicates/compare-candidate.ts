import type { DuplicateCandidate } from '../../../../../shared/domain/cases/duplicates';
import { parseThaiPhone } from '../../../../../shared/thai';

export interface ComparedRow {
  field: 'name' | 'nickname' | 'birthDate' | 'phone';
  typed: string;
  registered: string;
  differs: boolean;
}

/** The same number typed two ways (081-234-5678, +66812345678) is the same number. */
function samePhone(a: string, b: string): boolean {
  const left = parseThaiPhone(a);
  const right = parseThaiPhone(b);
  if (left.ok && right.ok) return left.phone.e164 === right.phone.e164;
  return a.trim() === b.trim();
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The side-by-side rows. The registered name may carry a title ("นางสมศรี ใจดี"), so names match
 * when the registered one holds both typed names.
 */
export function compareCandidate(
  typed: {
    firstName: string;
    lastName: string;
    nickname: string;
    birthDate: string;
    phone: string;
  },
  candidate: DuplicateCandidate,
): ComparedRow[] {
  const name = `${typed.firstName} ${typed.lastName}`.trim();
  const registeredName = squeeze(candidate.displayName);
  return [
    {
      field: 'name',
      typed: name,
      registered: candidate.displayName,
      differs: !(
        registeredName.includes(squeeze(typed.firstName)) &&
        registeredName.includes(squeeze(typed.lastName))
      ),
    },
    {
      field: 'nickname',
      typed: typed.nickname,
      registered: candidate.nickname,
      differs: typed.nickname.trim() !== candidate.nickname.trim(),
    },
    {
      field: 'birthDate',
      typed: typed.birthDate,
      registered: candidate.birthDate,
      differs: typed.birthDate !== candidate.birthDate,
    },
    {
      field: 'phone',
      typed: typed.phone,
      registered: candidate.phone,
      differs: !samePhone(typed.phone, candidate.phone),
    },
  ];
}
