import { z } from 'zod';
import {
  districtIdSchema,
  postcodeSearchSchema,
  provinceIdSchema,
  subdistrictIdSchema,
  type District,
  type PostcodePlace,
  type Province,
  type Subdistrict,
} from '../../domain/addresses';
import { method, output } from '../define';

/** Reference data: reading it is not a read of personal data, so it writes no audit event. */
export const addressesAuditActions = [] as const;

export const addressesReasons = ['place_not_found'] as const;

export const addressesMethods = {
  'addresses.provinces': method({
    input: z.strictObject({}),
    output: output<Province[]>(),
    access: 'cases.read',
  }),
  'addresses.districts': method({
    input: provinceIdSchema,
    output: output<District[]>(),
    access: 'cases.read',
  }),
  'addresses.subdistricts': method({
    input: districtIdSchema,
    output: output<Subdistrict[]>(),
    access: 'cases.read',
  }),
  /** A whole or partial postcode (from 3 digits): the places it belongs to. */
  'addresses.byPostcode': method({
    input: postcodeSearchSchema,
    output: output<PostcodePlace[]>(),
    access: 'cases.read',
  }),
  /** One subdistrict with its district and province, to show a stored address. */
  'addresses.place': method({
    input: subdistrictIdSchema,
    output: output<PostcodePlace>(),
    access: 'cases.read',
  }),
};
