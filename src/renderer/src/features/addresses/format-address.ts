import type { AddressView } from '../../../../shared/domain/cases/case-file';

interface PlaceNames {
  subdistrictName: string | null;
  districtName: string | null;
  provinceName: string | null;
  isBangkok: boolean;
}

/**
 * The place part of a Thai address as it is written on an envelope or a letter, whatever the
 * screen's language: "ตำบล… อำเภอ… จังหวัด…", and in Bangkok "แขวง… เขต… กรุงเทพมหานคร" (the
 * capital is not a จังหวัด). The names are the reference data's Thai names.
 */
export function formatThaiPlace({
  subdistrictName,
  districtName,
  provinceName,
  isBangkok,
}: PlaceNames): string {
  const part = (prefix: string, name: string | null) => (name ? `${prefix}${name}` : '');
  return [
    part(isBangkok ? 'แขวง' : 'ตำบล', subdistrictName),
    part(isBangkok ? 'เขต' : 'อำเภอ', districtName),
    isBangkok ? (provinceName ?? '') : part('จังหวัด', provinceName),
  ]
    .filter(Boolean)
    .join(' ');
}

/** A whole address on one line: "12/3 หมู่ 4 ถนน… ตำบล… อำเภอ… จังหวัด… 10200". */
export function formatThaiAddress(address: AddressView): string {
  return [address.line.trim(), formatThaiPlace(address), address.postcode]
    .filter(Boolean)
    .join(' ');
}
