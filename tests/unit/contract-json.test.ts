import { describe, expect, it } from 'vitest';
import {
  EVENT_PAYLOADS_ARE_JSON,
  NO_EVENTS_NAMESPACE,
  OUTPUTS_ARE_JSON,
  type IsJsonSafe,
} from '../../src/shared/contract';

// These lines are the test: `npm run typecheck` fails if the JSON check stops telling a Date, a
// Map, bytes or a function from plain JSON. The runtime assertions only keep vitest honest.
const rejectsDate: IsJsonSafe<{ at: Date }> = false;
const rejectsMap: IsJsonSafe<{ byId: Map<string, number> }> = false;
const rejectsBytes: IsJsonSafe<{ pdf: Uint8Array }> = false;
const rejectsFunction: IsJsonSafe<{ next: () => void }> = false;
const rejectsNestedDate: IsJsonSafe<{ rows: { signedAt: Date }[] }> = false;
const acceptsPlain: IsJsonSafe<{
  at: string;
  count?: number;
  rows: { ok: boolean; note: string | null }[];
}> = true;

describe('contract outputs are plain JSON', () => {
  it('is checked at compile time for every method and event', () => {
    expect(OUTPUTS_ARE_JSON).toBe(true);
    expect(EVENT_PAYLOADS_ARE_JSON).toBe(true);
    expect(NO_EVENTS_NAMESPACE).toBe(true);
  });

  it('tells JSON from what only structured clone carries', () => {
    expect([rejectsDate, rejectsMap, rejectsBytes, rejectsFunction, rejectsNestedDate]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(acceptsPlain).toBe(true);
  });
});
