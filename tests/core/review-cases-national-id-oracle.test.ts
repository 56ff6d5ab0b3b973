import { describe, expect, it } from 'vitest';
import type { CaseSearch } from '../../src/shared/domain/cases';
import { auditEvents } from '../support/cases';
import {
  insertReferencePlaces,
  intakeSave,
  nationalId,
  officeDb,
} from '../support/intake-fixtures';
import { addAccount, firstSignIn, OFFICER, setUpOffice, useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

// Review of the case files: the admin holds cases.read and cases.write but not cases.reveal, so
// no answer of the core may tie a national ID to a person for them (docs/security.md, "Review
// of the case files", findings 1 and 2).

const tempDir = useTempDirs();
const keep = useOffices();

const SOMSRI_ID = nationalId('110370012345');

const query = (text: string): CaseSearch => ({
  text,
  statuses: [],
  targetGroup: null,
  department: null,
  flagshipProject: null,
  provinceId: null,
  mentorId: null,
  intakeFrom: null,
  intakeTo: null,
  sort: 'name',
  offset: 0,
  limit: 50,
});

async function officeWithSomsri() {
  const office = keep(await setUpOffice(tempDir()));
  await insertReferencePlaces(officeDb(office));
  const somsri = await office.ok('cases.create', intakeSave({ nationalId: SOMSRI_ID }));
  return { office, somsri };
}

describe('review: the case search is no national-ID oracle for a role without cases.reveal', () => {
  it('the admin finds nobody by a national ID or a piece of one, but still by name, phone and case number', async () => {
    const { office } = await officeWithSomsri();
    const total = async (text: string) => (await office.ok('cases.search', query(text))).total;
    // The whole number, grouped as on the card, in Thai digits, and the digits one more probe
    // would confirm one at a time.
    for (const text of [
      SOMSRI_ID,
      '1-1037-00123-45-' + SOMSRI_ID.slice(-1),
      '๑๑๐๓๗๐๐๑๒๓๔๕',
      '0370012',
      '70012',
      SOMSRI_ID.slice(-5),
      // FTS5 column filters typed into the box are only text.
      'national_id:1103700',
      '{national_id} : 1103700',
      '") OR national_id:"1103700',
    ])
      expect(await total(text), text).toBe(0);
    expect(await total('สมศรี')).toBe(1);
    expect(await total('081-234')).toBe(1);
    expect(await total('2569-000001')).toBe(1);
  });

  it('an officer (cases.reveal) still finds the person by their national ID', async () => {
    const { office } = await officeWithSomsri();
    await addAccount(office, OFFICER, 'officer');
    await office.ok('session.signOut');
    await firstSignIn(office, OFFICER);
    expect((await office.ok('cases.search', query(SOMSRI_ID))).total).toBe(1);
    expect((await office.ok('cases.search', query('1-1037-00'))).total).toBe(1);
  });
});

describe('review: the duplicate check by national ID leaves a trail', () => {
  it('a match on the national ID is audited with the person found and the masked number', async () => {
    const { office, somsri } = await officeWithSomsri();
    await office.ok('cases.checkDuplicates', {
      nationalId: SOMSRI_ID,
      firstName: '',
      lastName: '',
      birthDate: '',
      phone: '',
    });
    const [event] = await auditEvents(office, 'case.duplicates_checked');
    expect(event).toMatchObject({
      target_type: 'beneficiary',
      target_id: String(somsri.beneficiaryId),
    });
    const details = JSON.parse(event!.details!) as Record<string, unknown>;
    expect(details).toEqual({
      sameNationalId: true,
      nationalId: `•••••••••${SOMSRI_ID.slice(-4)}`,
      similar: 0,
    });
    expect(event!.details).not.toContain(SOMSRI_ID.slice(0, 9));
  });
});
