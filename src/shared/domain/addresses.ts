import { z } from 'zod';

/**
 * Thai address reference data (จังหวัด → อำเภอ/เขต → ตำบล/แขวง → รหัสไปรษณีย์), loaded from an npm
 * dataset by a migration. Bangkok says เขต and แขวง where other provinces say อำเภอ and ตำบล.
 */
export interface Province {
  id: number;
  nameTh: string;
  nameEn: string;
  isBangkok: boolean;
}

export interface District {
  id: number;
  provinceId: number;
  nameTh: string;
  nameEn: string;
}

export interface Subdistrict {
  id: number;
  districtId: number;
  nameTh: string;
  nameEn: string;
  /** Usually one; a few subdistricts have two, and the picker lets the clerk choose. */
  postcodes: string[];
}

/** One place a postcode belongs to, for the postcode search that fills in the rest. */
export interface PostcodePlace {
  postcode: string;
  subdistrictId: number;
  subdistrictNameTh: string;
  subdistrictNameEn: string;
  districtId: number;
  districtNameTh: string;
  districtNameEn: string;
  provinceId: number;
  provinceNameTh: string;
  provinceNameEn: string;
  isBangkok: boolean;
}

export const provinceIdSchema = z.strictObject({ provinceId: z.number().int().positive() });
export const districtIdSchema = z.strictObject({ districtId: z.number().int().positive() });
export const postcodeSearchSchema = z.strictObject({
  postcode: z.string().regex(/^\d{1,5}$/, 'postcode_format'),
});
export const subdistrictIdSchema = z.strictObject({ subdistrictId: z.number().int().positive() });
