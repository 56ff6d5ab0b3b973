import { expect, type Page } from '@playwright/test';

/**
 * A person as the officer registers them through the intake wizard, in the words on the screen
 * (the Thai labels of titles, documents, groups…), so that the story reads as the clerk works.
 */
export interface IntakePerson {
  title: string;
  firstName: string;
  lastName: string;
  nickname?: string;
  /** As typed, in พ.ศ.: day/month/year. */
  birthDate: string;
  sex: string;
  /** A Thai national ID, or the document used instead of one. */
  identity: { nationalId: string } | { document: string; number: string };
  phone: string;
  address: { line: string; postcode: string; place: RegExp };
  targetGroup: string;
  department: string;
  referralSource: string;
  householdSize: string;
  /** Baht a month, as typed. */
  monthlyIncome: string;
  disabilityTypes?: string[];
  /** The purposes ticked besides the programme itself (which a case cannot be opened without). */
  extraConsents?: string[];
}

/** A text field by its label, with or without Mantine's required-field asterisk. */
export function field(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('textbox', { name: new RegExp(`^${escaped}(\\s*\\*)?$`) });
}

/**
 * The wizard's steps, one function each, so that a story can stop anywhere (a draft, a duplicate)
 * and take a screenshot between them. `shot` is called with a step's name once it is filled in.
 */
export function intakeSteps(getPage: () => Page) {
  const page = () => getPage();
  const stepHeading = (name: string) => page().getByRole('heading', { level: 2, name });
  const next = () => page().getByRole('button', { name: 'ถัดไป', exact: true }).click();

  return {
    stepHeading,
    next,
    async identity(person: IntakePerson) {
      await expect(stepHeading('ข้อมูลบุคคล')).toBeVisible();
      await page().getByRole('radio', { name: person.title, exact: true }).check();
      await field(page(), 'ชื่อ').fill(person.firstName);
      await field(page(), 'นามสกุล').fill(person.lastName);
      if (person.nickname) await field(page(), 'ชื่อเล่น').fill(person.nickname);
      await field(page(), 'วันเกิด').fill(person.birthDate);
      await page().keyboard.press('Escape');
      await page().getByRole('radio', { name: person.sex, exact: true }).check();
      if ('nationalId' in person.identity) {
        await field(page(), 'เลขประจำตัวประชาชน 13 หลัก').fill(person.identity.nationalId);
      } else {
        await page().getByRole('checkbox', { name: 'ไม่มีเลขประจำตัวประชาชนไทย' }).check();
        await page()
          .getByRole('combobox', { name: /^เอกสารที่ใช้แทน/ })
          .selectOption({ label: person.identity.document });
        await field(page(), 'เลขที่เอกสาร').fill(person.identity.number);
      }
    },
    /** The registered address through the postcode search, as a clerk would find it. */
    async contact(person: IntakePerson) {
      await expect(stepHeading('การติดต่อและที่อยู่')).toBeVisible();
      await field(page(), 'โทรศัพท์').fill(person.phone);
      await field(page(), 'บ้านเลขที่ หมู่ ซอย ถนน').first().fill(person.address.line);
      await page()
        .getByRole('combobox', { name: /^ค้นหาจากรหัสไปรษณีย์/ })
        .first()
        .fill(person.address.postcode);
      await page().getByRole('option', { name: person.address.place }).first().click();
      await expect(field(page(), 'รหัสไปรษณีย์').first()).toHaveValue(person.address.postcode);
    },
    async programme(person: IntakePerson) {
      await expect(stepHeading('กลุ่มเป้าหมายและโครงการ')).toBeVisible();
      await page().getByRole('checkbox', { name: person.targetGroup, exact: true }).check();
      await page().getByRole('radio', { name: person.department, exact: true }).check();
      await page().getByRole('radio', { name: person.referralSource, exact: true }).check();
    },
    async baseline(person: IntakePerson) {
      await expect(stepHeading('ข้อมูลพื้นฐานทางเศรษฐกิจและสังคม')).toBeVisible();
      await field(page(), 'จำนวนสมาชิกในครัวเรือน (คน)').fill(person.householdSize);
      await field(page(), 'รายได้ต่อเดือน').fill(person.monthlyIncome);
      if (person.disabilityTypes) {
        await page().getByRole('checkbox', { name: 'มีบัตรประจำตัวคนพิการ' }).check();
        for (const type of person.disabilityTypes) {
          await page().getByRole('checkbox', { name: type, exact: true }).check();
        }
      }
    },
    async business() {
      await expect(stepHeading('ความพร้อมด้านอาชีพและการขายออนไลน์')).toBeVisible();
      await page().getByRole('checkbox', { name: 'มีสมาร์ตโฟน' }).check();
    },
    async consents(person: IntakePerson) {
      await expect(stepHeading('ความยินยอม')).toBeVisible();
      await page().getByRole('checkbox', { name: 'การเข้าร่วมโครงการ (จำเป็น)' }).check();
      for (const purpose of person.extraConsents ?? []) {
        await page().getByRole('checkbox', { name: purpose, exact: true }).check();
      }
    },
  };
}
