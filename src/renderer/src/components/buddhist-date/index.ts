export { BuddhistDateField, type BuddhistDateFieldProps } from './BuddhistDateField';
export { formatBuddhist } from './buddhist-dayjs';
export { readTypedBuddhistDate, type TypedDateProblem } from './typed-buddhist-date';
export { normaliseTypedTime, TimeField, type TimeFieldProps } from './TimeField';
