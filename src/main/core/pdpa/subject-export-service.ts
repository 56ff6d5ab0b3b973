import { renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SubjectExportOutcome } from '../../../shared/domain/pdpa';
import { bangkokToday } from '../../../shared/thai/bangkok-time';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import { saveUserFile, type ChooseSavePath } from '../files/save-file';
import { requirePerson } from './pdpa-requests-service';
import { readSubjectData, type SubjectData } from './subject-data';
import type { SubjectPdf } from './subject-pdf';

export interface SubjectExportDeps {
  chooseSavePath: ChooseSavePath | undefined;
  /** Renders the readable PDF through the print route; absent when the host cannot print. */
  pdf: SubjectPdf | undefined;
}

class JobCancelled extends Error {}

/**
 * Everything held about one person (PDPA s.30/31): the JSON file the person chose (the
 * machine-readable copy, attachments inside as base64: one file to hand over, nothing written
 * elsewhere) and the readable Thai PDF beside it under the same name. The reading and the PDF run
 * as the host job `pdpa.subjectExport`; the audit event holds counts, never the content.
 */
export async function exportSubject(
  call: SignedInCall,
  deps: SubjectExportDeps,
  beneficiaryId: number,
): Promise<SubjectExportOutcome> {
  const person = await requirePerson(call.db, beneficiaryId);
  if (person.erased_at !== null) throw new AppError('CONFLICT', 'pdpa_person_erased');
  const today = bangkokToday(call.clock.now());
  let pdfFileName: string | null = null;
  try {
    const saved = await saveUserFile(
      deps.chooseSavePath,
      { suggestedName: `ข้อมูลส่วนบุคคล-${beneficiaryId}-${today}.json`, kind: 'json' },
      async (path) => {
        const end = await call.jobs.runInMain('pdpa.subjectExport', async (job) => {
          job.report(0, 2);
          const data = await readSubjectData(
            call.db,
            beneficiaryId,
            call.clock.now().toISOString(),
            job.signal,
          );
          job.report(1, 2);
          const pdf = deps.pdf ? await deps.pdf.render(data, job.signal) : null;
          job.signal.throwIfAborted();
          job.report(2, 2);
          return { data, pdf };
        });
        if (end.state === 'cancelled') throw new JobCancelled();
        if (end.state === 'failed') throw end.error;
        const { data, pdf } = end.result;
        await writeFile(path, JSON.stringify(data, null, 2), { mode: 0o600 });
        if (pdf) pdfFileName = await writeBeside(path, pdf);
        await call.audit.record({
          action: 'pdpa.subject_exported',
          outcome: 'success',
          actor: call.actor,
          target: { type: 'beneficiary', id: beneficiaryId },
          details: { ...counts(data), pdf: pdf !== null },
        });
      },
    );
    if (!saved.saved) return { done: false };
    return { done: true, fileName: saved.fileName, pdfFileName };
  } catch (error) {
    if (error instanceof JobCancelled) return { done: false };
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', 'pdpa_export_failed');
  }
}

/** The PDF beside the JSON's temporary name: `<name>.pdf` once the JSON takes its own. */
async function writeBeside(partPath: string, pdf: Uint8Array): Promise<string> {
  // `.<target>.<random>.part` → the target's name with .pdf.
  const target = basename(partPath)
    .replace(/^\./, '')
    .replace(/\.[0-9a-f]{8}\.part$/, '');
  const pdfName = target.replace(/\.json$/i, '') + '.pdf';
  const temporary = join(dirname(partPath), `.${pdfName}.part`);
  try {
    await writeFile(temporary, pdf, { mode: 0o600 });
    renameSync(temporary, join(dirname(partPath), pdfName));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return pdfName;
}

function counts(data: SubjectData) {
  return {
    cases: data.cases.length,
    consents: data.consents.length,
    sessions: data.mentoring.sessions?.length ?? 0,
    referrals: data.referrals.length,
    documents: data.documents.length,
    attachments: data.attachments.length,
    requests: data.requests.length,
    accessEvents: data.accessLog.length,
  };
}
