import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { issueDocument } from '../../src/main/core/documents/register-repository';
import { buildRenderer } from '../web-host/build-renderer';
import { warmChromium, type WarmChromium } from '../web-host/pdf-printer';
import { DEFAULT_STATIC_ROOT, REPO_ROOT, startWebHost, type WebHost } from '../web-host/server';
import { benchCall, setUpBenchOffice, signInBenchOfficer } from './bench-office';
import { insertPlaces, seedThroughCore, type CaseBench } from './case-office';
import { benchCertificate, benchLetter } from './document-models';
import { benchPerson } from './thai-people';

/**
 * The documents bench's office: the web host (the built renderer, the real core, and its
 * Chromium printer, kept warm), set up through the real first run, an officer signed in (only
 * supervisors and officers issue and print), 500 cases, one issued letter and 500 certificates
 * issued through the register's one path (`issueDocument`).
 */
export interface DocumentsBench {
  host: WebHost;
  chromium: WarmChromium;
  ok: (channel: string, input?: unknown) => Promise<unknown>;
  letterId: number;
  certificateIds: number[];
}

const OFFICER = { userName: 'bench.officer', password: 'Bench-officer-2569!' };
const AT = '2026-11-26T03:00:00.000Z';
export const BENCH_CERTIFICATES = 500;

export async function openDocumentsBench(dir: string): Promise<DocumentsBench> {
  if (!existsSync(join(DEFAULT_STATIC_ROOT, 'index.html'))) await buildRenderer(REPO_ROOT);
  const dataDir = join(dir, 'documents-office');
  mkdirSync(dataDir, { recursive: true });
  const chromium = warmChromium();
  const host = await startWebHost({ dataDir, chromium });
  const ok = benchCall(host.dispatch);
  await setUpBenchOffice(ok);
  await signInBenchOfficer(ok, { ...OFFICER, fullName: 'อนันต์ ทองดี', position: 'นักพัฒนาสังคม' });

  const call = host.core.sessions.signedInCall();
  const db = call.db;
  await insertPlaces((statement) => sql.raw(statement).execute(db));
  const seeding = { core: host.core, db, userId: call.user.id, rows: BENCH_CERTIFICATES };
  await seedThroughCore(seeding as unknown as CaseBench);
  const cases = await db.selectFrom('cases').select('id').orderBy('id').execute();
  const holder = (n: number) => {
    const person = benchPerson(n);
    return `${person.title === 'mr' ? 'นาย' : person.title === 'mrs' ? 'นาง' : 'นางสาว'}${person.firstName} ${person.lastName}`;
  };
  const issue = (kind: 'referral_letter' | 'certificate', caseIndex: number) =>
    db.transaction().execute((trx) =>
      issueDocument(trx, {
        kind,
        caseId: cases[caseIndex]!.id,
        referralId: null,
        batchId: null,
        achievement: kind === 'certificate' ? 'shop_opened' : null,
        issuedOn: '2026-11-26',
        issuedAt: AT,
        issuedBy: call.user.id,
        numberPrefix: 'พม 0506/',
        buildModel: (number) =>
          kind === 'certificate'
            ? benchCertificate(number, holder(caseIndex))
            : benchLetter(number, holder(caseIndex)),
      }),
    );
  const letterId = (await issue('referral_letter', 0)).documentId;
  const certificateIds: number[] = [];
  for (let n = 0; n < BENCH_CERTIFICATES; n++)
    certificateIds.push((await issue('certificate', n)).documentId);
  return { host, chromium, ok, letterId, certificateIds };
}

export async function closeDocumentsBench(bench: DocumentsBench): Promise<void> {
  await bench.host.close();
  await bench.chromium.close();
}
