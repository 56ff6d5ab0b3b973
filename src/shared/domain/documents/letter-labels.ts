import type { DisabilityType, TargetGroup } from '../cases/codes';

/**
 * The Thai words a referral letter prints for the case codes it may list. Official letters are
 * Thai whatever the UI language, and the letter is composed in the core (the snapshot is frozen
 * there), which cannot import the renderer's i18n catalogues: so this small Thai-only map is kept
 * here, spelled as the `cases` catalogue's Thai `codes.*` (a unit test checks they agree).
 */
export const TARGET_GROUP_TH: Readonly<Record<TargetGroup, string>> = {
  children_youth: 'เด็กและเยาวชน',
  women: 'สตรี',
  older_persons: 'ผู้สูงอายุ',
  persons_with_disabilities: 'คนพิการ',
  underprivileged: 'ผู้ด้อยโอกาส',
};

export const DISABILITY_TYPE_TH: Readonly<Record<DisabilityType, string>> = {
  visual: 'ทางการเห็น',
  hearing_communication: 'ทางการได้ยินหรือสื่อความหมาย',
  physical_mobility: 'ทางการเคลื่อนไหวหรือทางร่างกาย',
  mental_behavioural: 'ทางจิตใจหรือพฤติกรรม',
  intellectual: 'ทางสติปัญญา',
  learning: 'ทางการเรียนรู้',
  autism: 'ออทิสติก',
};
