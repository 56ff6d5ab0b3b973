/** The day MSDHS and Lazada signed the MOU that started the programme (docs/domain.md). */
export const MOU_SIGNED_ON = '2023-04-10';

/** The programme's five target groups, as catalogue keys under `about.groups`. */
export const TARGET_GROUP_KEYS = [
  'childrenYouth',
  'women',
  'olderPersons',
  'disabilities',
  'underprivileged',
] as const;
