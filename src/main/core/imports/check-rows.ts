import type { Kysely } from 'kysely';
import type { z, ZodType } from 'zod';
import {
  baselineSchema,
  businessSchema,
  contactSchema,
  identitySchema,
  programmeSchema,
} from '../../../shared/domain/cases';
import {
  ROW_PROBLEMS,
  type ImportField,
  type ImportSettings,
  type ReportRow,
  type RowCounts,
  type RowProblem,
  type RowProblemCode,
} from '../../../shared/domain/imports';
import { parseIsoDate } from '../../../shared/thai/iso-date';
import type { DatabaseSchema } from '../db/schema';
import { nameKey } from '../cases/person-names';
import { AddressMatcher } from './address-matcher';
import {
  isYes,
  readDepartment,
  readFlagshipProject,
  readNumber,
  readOtherIdDocument,
  readSex,
  readTargetGroups,
  readTitle,
} from './import-words';
import { readDate } from './read-date';

/** Nobody registered is older than this (as the intake: an older date is ค.ศ. typed as พ.ศ.). */
const MAX_AGE_YEARS = 130;

/** A valid row, as the intake form would have sent it, plus what the import adds. */
export interface ImportRecord {
  identity: z.output<typeof identitySchema>;
  contact: z.output<typeof contactSchema>;
  programme: z.output<typeof programmeSchema>;
  baseline: z.output<typeof baselineSchema>;
  business: z.output<typeof businessSchema>;
  provinceId: number | null;
  intakeDate: string;
  nameKey: string;
}

export interface CheckedRow extends ReportRow {
  /** Present for `ok` and `warning` rows: what the import writes. */
  record: ImportRecord | null;
}

export interface CheckedFile {
  rows: CheckedRow[];
  counts: RowCounts;
}

/** Who is already registered, reduced to what the duplicate check compares (in memory). */
export interface ExistingPeople {
  byNationalId: Map<string, number>;
  byNameAndBirth: Map<string, number>;
}

/**
 * The intake's duplicate rule (`cases/case-duplicates.ts`) over the whole file at once: the same
 * national ID, or the same name key with the same birth date. One read of three columns instead
 * of two queries per row; the name key is the intake's own (`person-names.ts`).
 */
export async function loadExistingPeople(db: Kysely<DatabaseSchema>): Promise<ExistingPeople> {
  const rows = await db
    .selectFrom('beneficiaries')
    .select(['id', 'national_id', 'name_key', 'birth_date'])
    .execute();
  const people: ExistingPeople = { byNationalId: new Map(), byNameAndBirth: new Map() };
  for (const row of rows) {
    if (row.national_id) people.byNationalId.set(row.national_id, row.id);
    people.byNameAndBirth.set(`${row.name_key}|${row.birth_date}`, row.id);
  }
  return people;
}

export interface CheckContext {
  settings: ImportSettings;
  addresses: AddressMatcher;
  existing: ExistingPeople;
  /** Today in Bangkok (ISO): birth and intake dates may not be later. */
  today: string;
}

export async function checkContext(
  db: Kysely<DatabaseSchema>,
  settings: ImportSettings,
  today: string,
): Promise<CheckContext> {
  return {
    settings,
    addresses: await AddressMatcher.load(db),
    existing: await loadExistingPeople(db),
    today,
  };
}

/**
 * Checks every data row (the header is row 1) with the intake form's schemas and the rules the
 * intake service adds (birth date range, address reference data, duplicates), calling `onRow`
 * every so often so the job can report progress and notice a cancel.
 */
export function checkRows(
  dataRows: readonly string[][],
  context: CheckContext,
  onProgress?: (done: number) => void,
): CheckedFile {
  const counts: RowCounts = { ok: 0, warning: 0, error: 0, duplicate: 0 };
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const rows: CheckedRow[] = [];
  dataRows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const row = checkRow(cells, rowNumber, context);
    if (row.record) {
      const { identity } = row.record;
      const nameBirth = `${row.record.nameKey}|${identity.birthDate}`;
      const id = identity.hasThaiId ? identity.nationalId : '';
      const existing =
        (id && context.existing.byNationalId.get(id)) ||
        context.existing.byNameAndBirth.get(nameBirth);
      const earlier = (id && seenIds.get(id)) || seenNames.get(nameBirth);
      if (existing) {
        row.kind = 'duplicate';
        row.duplicateOf = { beneficiaryId: existing };
        row.problems.push({ field: null, code: 'duplicate_existing', severity: 'error' });
      } else if (earlier) {
        row.kind = 'duplicate';
        row.duplicateOf = { rowNumber: earlier };
        row.problems.push({ field: null, code: 'duplicate_in_file', severity: 'error' });
      } else {
        if (id) seenIds.set(id, rowNumber);
        seenNames.set(nameBirth, rowNumber);
      }
      if (row.kind === 'duplicate') row.record = null;
    }
    counts[row.kind] += 1;
    rows.push(row);
    if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1);
  });
  return { rows, counts };
}

function checkRow(cells: readonly string[], rowNumber: number, context: CheckContext): CheckedRow {
  const { settings, today } = context;
  const { mapping } = settings;
  const cell = (field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const problems: RowProblem[] = [];
  const error = (field: ImportField | null, code: RowProblemCode) =>
    problems.push({ field, code, severity: 'error' });
  const warn = (field: ImportField | null, code: RowProblemCode) =>
    problems.push({ field, code, severity: 'warning' });

  const title = readTitle(cell('title'));
  if (!title) error('title', 'required');
  const sexCell = cell('sex');
  const sex = readSex(sexCell, title?.title ?? null);
  if (!sex) error('sex', sexCell ? 'sex_unknown' : 'required');

  const birthCell = cell('birthDate');
  const birthDate = birthCell ? readDate(birthCell, settings.dateEra, settings.dateOrder) : null;
  if (!birthCell) error('birthDate', 'required');
  else if (!birthDate) error('birthDate', 'date_invalid');
  else if (birthDate > today) error('birthDate', 'birth_date_in_future');
  else if (birthDate < yearsBefore(today, MAX_AGE_YEARS)) error('birthDate', 'birth_date_too_old');

  const nationalIdCell = cell('nationalId');
  const otherDocumentCell = cell('otherIdDocument');
  const otherNumber = cell('otherIdNumber');
  const hasThaiId = nationalIdCell !== '' || (otherDocumentCell === '' && otherNumber === '');
  const otherIdDocument = otherDocumentCell ? readOtherIdDocument(otherDocumentCell) : null;
  if (!hasThaiId && otherDocumentCell && !otherIdDocument)
    error('otherIdDocument', 'other_id_document_unknown');
  if (hasThaiId && nationalIdCell === '') error('nationalId', 'id_document_missing');

  const identity = parseWith(
    identitySchema,
    {
      title: title?.title ?? 'other',
      titleOther: title?.titleOther ?? '',
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      nickname: cell('nickname'),
      latinName: '',
      birthDate: birthDate ?? '',
      sex: sex ?? 'other',
      hasThaiId,
      nationalId: hasThaiId ? nationalIdCell : '',
      otherIdDocument: hasThaiId ? null : (otherIdDocument ?? 'other'),
      otherIdNumber: hasThaiId ? '' : otherNumber,
    },
    IDENTITY_FIELDS,
    problems,
  );

  const phone = cell('phone');
  if (!phone) warn('phone', 'phone_missing');
  const address = context.addresses.match({
    subdistrict: cell('subdistrict'),
    district: cell('district'),
    province: cell('province'),
    postcode: cell('postcode'),
  });
  if (!address.matched && address.problem) warn('subdistrict', address.problem);
  const registered = {
    line: cell('addressLine'),
    subdistrictId: address.matched ? address.subdistrictId : null,
    postcode: address.matched ? address.postcode : '',
  };
  const contact = parseWith(
    contactSchema,
    {
      phone,
      lineId: cell('lineId'),
      registeredAddress: registered,
      currentSameAsRegistered: true,
      currentAddress: registered,
    },
    CONTACT_FIELDS,
    problems,
  );

  const groupsCell = cell('targetGroups');
  const targetGroups = readTargetGroups(groupsCell);
  if (!targetGroups) error('targetGroups', 'target_group_unknown');
  const departmentCell = cell('department');
  const department = readDepartment(departmentCell);
  if (!department) error('department', departmentCell ? 'department_unknown' : 'required');
  const projectCell = cell('flagshipProject');
  const flagshipProject = readFlagshipProject(projectCell);
  if (!flagshipProject)
    error('flagshipProject', projectCell ? 'flagship_project_unknown' : 'required');
  const programme =
    targetGroups && department && flagshipProject
      ? parseWith(
          programmeSchema,
          {
            targetGroups,
            department,
            flagshipProject,
            referralSource: 'other',
            referralSourceDetail: '',
          },
          { targetGroups: 'targetGroups' },
          problems,
        )
      : null;

  const baseline = parseWith(
    baselineSchema,
    {
      householdSize: readCount(cell('householdSize'), 'householdSize', 1, error, warn),
      monthlyIncomeSatang: Math.round(
        readCount(cell('monthlyIncome'), 'monthlyIncome', 0, error, warn) * 100,
      ),
      welfareCard: false,
      disabilityCard: false,
      caregiverName: '',
      caregiverRelation: '',
      occupation: '',
      disabilityTypes: [],
      healthNotes: '',
    },
    { householdSize: 'householdSize', monthlyIncomeSatang: 'monthlyIncome' },
    problems,
  );
  const business = businessSchema.parse({
    skills: '',
    products: '',
    hasSmartphone: false,
    hasInternet: false,
    hasBankAccount: false,
    hasProductPhotos: false,
    hasOnlineShop: false,
    lazadaSellerId: '',
    goals: '',
    notes: '',
  });

  const intakeCell = cell('intakeDate');
  let intakeDate = today;
  if (intakeCell) {
    const read = readDate(intakeCell, settings.dateEra, settings.dateOrder);
    if (!read) error('intakeDate', 'date_invalid');
    else if (read > today) error('intakeDate', 'intake_date_in_future');
    else intakeDate = read;
  }
  if (settings.consentBasis === 'column' && !isYes(cell('programmeConsent')))
    error('programmeConsent', 'consent_missing');

  const firstName = cell('firstName');
  const lastName = cell('lastName');
  const label = [title?.titleOther ?? '', firstName, lastName].filter(Boolean).join(' ');
  const failed = problems.some((problem) => problem.severity === 'error');
  const record =
    !failed && identity && contact && programme && baseline
      ? {
          identity,
          contact,
          programme,
          baseline,
          business,
          provinceId: address.matched ? address.provinceId : null,
          intakeDate,
          nameKey: nameKey(identity.firstName, identity.lastName),
        }
      : null;
  return {
    rowNumber,
    kind: record ? (problems.length > 0 ? 'warning' : 'ok') : 'error',
    label,
    problems: dedupe(problems),
    duplicateOf: null,
    record,
  };
}

const IDENTITY_FIELDS: Readonly<Record<string, ImportField>> = {
  title: 'title',
  titleOther: 'title',
  firstName: 'firstName',
  lastName: 'lastName',
  nickname: 'nickname',
  birthDate: 'birthDate',
  sex: 'sex',
  nationalId: 'nationalId',
  otherIdDocument: 'otherIdDocument',
  otherIdNumber: 'otherIdNumber',
};
const CONTACT_FIELDS: Readonly<Record<string, ImportField>> = {
  phone: 'phone',
  lineId: 'lineId',
  registeredAddress: 'addressLine',
  currentAddress: 'addressLine',
};

const KNOWN = new Set<string>(ROW_PROBLEMS);

/**
 * Parses with one of the intake's schemas; each issue becomes a problem on the field its path
 * starts with. Messages the intake already gives (`national_id_checksum`, `too_long`…) keep their
 * code; the phone's several reasons are one for a spreadsheet.
 */
function parseWith<S extends ZodType>(
  schema: S,
  value: unknown,
  fields: Readonly<Record<string, ImportField>>,
  problems: RowProblem[],
): z.output<S> | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = fields[key] ?? null;
    // Fields already reported above (an unreadable date, a missing title) are not repeated.
    if (problems.some((problem) => problem.field === field && problem.severity === 'error'))
      continue;
    problems.push({ field, code: problemCode(issue), severity: 'error' });
  }
  return null;
}

/** An optional field is a union with ''; its real message is inside the union's branches. */
function problemCode(issue: z.core.$ZodIssue): RowProblemCode {
  const messages =
    issue.code === 'invalid_union'
      ? issue.errors.flat().map((inner) => inner.message)
      : [issue.message];
  for (const message of messages) {
    if (message.startsWith('phone_')) return 'phone_invalid';
    if (KNOWN.has(message)) return message as RowProblemCode;
  }
  return 'invalid';
}

function readCount(
  text: string,
  field: 'householdSize' | 'monthlyIncome',
  fallback: number,
  error: (field: ImportField, code: RowProblemCode) => void,
  warn: (field: ImportField, code: RowProblemCode) => void,
): number {
  if (!text) {
    warn(field, field === 'householdSize' ? 'household_size_missing' : 'income_missing');
    return fallback;
  }
  const value = readNumber(text);
  if (value === null) {
    error(field, 'number_invalid');
    return fallback;
  }
  return value;
}

function yearsBefore(today: string, years: number): string {
  const { year, month, day } = parseIsoDate(today);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year - years).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}:${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
