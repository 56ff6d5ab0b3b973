import type { Generated } from 'kysely';
import type {
  PDPA_CHANNELS,
  PDPA_REQUESTERS,
  PdpaRequestKind,
  PdpaRequestStatus,
} from '../../../shared/domain/pdpa';

/** Migration 0012: data subject requests and the register's redactions. */
export interface PdpaRequestsTable {
  id: Generated<number>;
  beneficiary_id: number;
  kind: PdpaRequestKind;
  received_on: string;
  due_on: string;
  requester: (typeof PDPA_REQUESTERS)[number];
  representative_name: string;
  channel: (typeof PDPA_CHANNELS)[number];
  note: string;
  status: PdpaRequestStatus;
  reason: string;
  recorded_at: string;
  recorded_by: number;
  handled_at: string | null;
  handled_by: number | null;
}

export interface DocumentRedactionsTable {
  document_id: number;
  request_id: number;
  original_sha256: string;
  redacted_at: string;
  redacted_by: number;
}

export interface PdpaTables {
  pdpa_requests: PdpaRequestsTable;
  document_redactions: DocumentRedactionsTable;
}
