import type { OtherIdDocument } from '../../../shared/domain/cases';
import {
  DEPARTMENT_WORDS,
  FLAGSHIP_PROJECT_WORDS,
  HEADER_HINTS,
  IMPORT_FIELDS,
  TARGET_GROUP_WORDS,
  TITLE_WORDS,
  YES_WORDS,
  type ColumnMapping,
} from '../../../shared/domain/imports';
import {
  DEPARTMENTS,
  FLAGSHIP_PROJECTS,
  TARGET_GROUPS,
  type Department,
  type FlagshipProject,
  type NameTitle,
  type Sex,
  type TargetGroup,
} from '../../../shared/domain/cases';

/** How a cell's words become codes: Thai labels, their short forms, or the codes themselves. */
const squash = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/gu, '');

function lookup<T extends string>(
  words: Readonly<Record<string, T>>,
  codes: readonly T[],
  cell: string,
): T | null {
  const key = squash(cell);
  for (const [word, code] of Object.entries(words)) if (squash(word) === key) return code;
  return codes.find((code) => code === key) ?? null;
}

export const readDepartment = (cell: string): Department | null =>
  lookup(DEPARTMENT_WORDS, DEPARTMENTS, cell) ??
  // "กรมกิจการผู้สูงอายุ (ผส.)" as the app's own label writes it.
  lookup(DEPARTMENT_WORDS, DEPARTMENTS, /\(([^)]+)\)/u.exec(cell)?.[1] ?? '');

export const readFlagshipProject = (cell: string): FlagshipProject | null =>
  lookup(FLAGSHIP_PROJECT_WORDS, FLAGSHIP_PROJECTS, cell) ??
  lookup(FLAGSHIP_PROJECT_WORDS, FLAGSHIP_PROJECTS, cell.replace(/\s*\(.*\)$/u, ''));

/** Several groups in one cell, separated by commas, semicolons, slashes or line breaks. */
export function readTargetGroups(cell: string): TargetGroup[] | null {
  const parts = cell
    .split(/[,;/\n、]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  const groups: TargetGroup[] = [];
  for (const part of parts) {
    const group = lookup(TARGET_GROUP_WORDS, TARGET_GROUPS, part);
    if (!group) return null;
    if (!groups.includes(group)) groups.push(group);
  }
  return groups;
}

export function readTitle(cell: string): { title: NameTitle; titleOther: string } | null {
  const text = cell.trim();
  if (!text) return null;
  const known = TITLE_WORDS[squash(text)] ?? TITLE_WORDS[text];
  return known ? { title: known, titleOther: '' } : { title: 'other', titleOther: text };
}

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  ชาย: 'male',
  หญิง: 'female',
  ญ: 'female',
  ช: 'male',
  m: 'male',
  male: 'male',
  f: 'female',
  female: 'female',
  อื่นๆ: 'other',
  other: 'other',
};

export function readSex(cell: string, title: NameTitle | null): Sex | null {
  const key = squash(cell);
  if (key) return SEX_WORDS[key] ?? null;
  if (title === 'mr' || title === 'master') return 'male';
  if (title === 'mrs' || title === 'miss' || title === 'girl') return 'female';
  return null;
}

const OTHER_ID_WORDS: Readonly<Record<string, OtherIdDocument>> = {
  หนังสือเดินทาง: 'passport',
  พาสปอร์ต: 'passport',
  passport: 'passport',
  บัตรสีชมพู: 'pink_card',
  pink_card: 'pink_card',
  บัตรประจำตัวคนต่างด้าว: 'alien_id',
  alien_id: 'alien_id',
  สูติบัตร: 'birth_certificate',
  birth_certificate: 'birth_certificate',
  อื่นๆ: 'other',
  other: 'other',
};

export const readOtherIdDocument = (cell: string): OtherIdDocument | null =>
  OTHER_ID_WORDS[squash(cell)] ?? null;

export const isYes = (cell: string): boolean => YES_WORDS.includes(squash(cell));

/** A money or count cell: "5,000", "5000.50", Thai digits; null when not a number. */
export function readNumber(cell: string): number | null {
  const text = cell
    .replace(/[,\s฿]|บาท/gu, '')
    .replace(/[๐-๙]/gu, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (!/^\d+(\.\d+)?$/u.test(text)) return null;
  return Number(text);
}

/** The field each header suggests, first column wins; a field is suggested once. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const key = squash(header);
    if (!key) return;
    const field = IMPORT_FIELDS.find(
      (candidate) =>
        mapping[candidate] === undefined &&
        HEADER_HINTS[candidate].some((hint) => squash(hint) === key),
    );
    if (field) mapping[field] = column;
  });
  return mapping;
}
