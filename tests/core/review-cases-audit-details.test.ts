import { describe, expect, it } from 'vitest';
import { auditedQueryText } from '../../src/main/core/cases/cases-search';
import { officeDb, officeWithOfficer } from '../support/cases';
import { smallPng } from '../support/files';
import { insertReferencePlaces, intakeSave, nationalId } from '../support/intake-fixtures';
import { useOffices } from '../support/office';
import { useTempDirs } from '../support/temp-dir';

// Review of the case files: what the audit log keeps of case work must be ids, codes and field
// names (docs/security.md, "Review of the case files", findings 3 and 4).

const tempDir = useTempDirs();
const keep = useOffices();

const ID = nationalId('110370012345');

describe('review: the search text in the audit log', () => {
  it('masks a national ID however its digits are written', () => {
    const masked = `•••••••••${ID.slice(-4)}`;
    const thai = ID.replace(/\d/g, (d) => String.fromCodePoint(0x0e50 + Number(d)));
    const fullWidth = ID.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    const arabicIndic = ID.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));
    expect(auditedQueryText(ID)).toBe(masked);
    expect(auditedQueryText(ID.replace(/^(\d)(\d{4})(\d{5})(\d\d)/, '$1-$2-$3-$4-'))).toBe(masked);
    expect(auditedQueryText(ID.replace(/(\d{3})/g, '$1 '))).toBe(masked);
    expect(auditedQueryText(thai)).toBe(masked);
    expect(auditedQueryText(fullWidth)).toBe(masked);
    expect(auditedQueryText(arabicIndic)).toBe(masked);
    expect(auditedQueryText('๑-๑๐๓๗-' + '0012345')).toBe('••••••••2345');
    // Short numbers are kept; letters only as a count: a name in the append-only log would
    // outlive the person's erasure (issue 11).
    expect(auditedQueryText('สมศรี')).toBe('•••••');
    expect(auditedQueryText('Somsri 12')).toBe('•••••• 12');
    expect(auditedQueryText('2345')).toBe('2345');
  });
});

describe('review: free text never reaches the audit log', () => {
  it('refuses a consent notice version that is not a version code', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    await insertReferencePlaces(officeDb(office));
    const saved = await office.ok('cases.create', intakeSave());
    for (const noticeVersion of [ID, '0812345678', 'สมศรี ใจดี'])
      expect(
        await office.call('cases.changeConsent', {
          caseId: saved.caseId,
          purpose: 'photos',
          granted: true,
          noticeVersion,
          givenBy: 'self',
          guardianName: '',
          note: '',
        }),
        noticeVersion,
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a whole round of case work leaves no name, number, note or file name in the audit details', async () => {
    const office = keep(await officeWithOfficer(tempDir()));
    await insertReferencePlaces(officeDb(office));
    const secrets = {
      firstName: 'ประภาพรรณ',
      lastName: 'ศรีสวัสดิ์วงศ์',
      reason: 'ย้ายไปอยู่กับลูกสาวที่ระยอง',
      guardian: 'บุญเรือนแม่ดี',
      note: 'ยินยอมทางโทรศัพท์หมายเหตุ',
      health: 'เบาหวานระยะที่สอง',
      file: 'บัตรประชาชนของประภาพรรณ.png',
    };
    const saved = await office.ok(
      'cases.create',
      intakeSave({ firstName: secrets.firstName, lastName: secrets.lastName, nationalId: ID }),
    );
    const { caseId } = saved;
    await office.ok('cases.search', {
      text: ID,
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
    await office.ok('cases.open', { caseId });
    await office.ok('cases.updateSensitive', {
      caseId,
      disabilityTypes: ['physical_mobility'],
      healthNotes: secrets.health,
    });
    for (const field of ['national_id', 'disability', 'health_notes'] as const)
      await office.ok('cases.reveal', { caseId, field });
    await office.ok('cases.changeConsent', {
      caseId,
      purpose: 'photos',
      granted: true,
      noticeVersion: '2569-1',
      givenBy: 'guardian',
      guardianName: secrets.guardian,
      note: secrets.note,
    });
    await office.ok('cases.consentHistory', { beneficiaryId: saved.beneficiaryId });
    const attachment = await office.ok('cases.addAttachment', {
      caseId,
      fileName: secrets.file,
      caption: '',
      dataBase64: smallPng().toString('base64'),
    });
    await office.ok('cases.openAttachment', { attachmentId: attachment.attachmentId });
    await office.ok('cases.removeAttachment', { attachmentId: attachment.attachmentId });
    await office.ok('cases.changeStatus', { caseId, to: 'closed', reason: secrets.reason });
    await office.ok('cases.history', { caseId });
    await office.ok('drafts.save', { kind: 'intake', step: 1, json: JSON.stringify(secrets) });
    await office.ok('drafts.discard', { kind: 'intake' });

    const events = await officeDb(office)
      .selectFrom('audit_events')
      .select(['action', 'details', 'target_id'])
      .where('action', 'like', 'case.%')
      .execute();
    expect(new Set(events.map((event) => event.action)).size).toBeGreaterThanOrEqual(12);
    const logged = JSON.stringify(events);
    for (const secret of [...Object.values(secrets), ID, ID.slice(0, 9), '812345678'])
      expect(logged, secret).not.toContain(secret);

    // Field changes of sensitive fields keep no value either.
    const changes = await officeDb(office).selectFrom('field_changes').selectAll().execute();
    expect(JSON.stringify(changes)).not.toContain(secrets.health);
    expect(JSON.stringify(changes)).not.toContain('physical');
  });
});
