/** What the office still has to do about its keys; shown to admins until done. */
export const VAULT_NOTICES = ['recovery_code_renewal', 'slot_file_tampered'] as const;
export type VaultNoticeName = (typeof VAULT_NOTICES)[number];

export interface VaultStatus {
  notices: VaultNoticeName[];
  /**
   * The newest audit anchor: its sequence number and a short fingerprint of its MAC, for the
   * office to keep on paper (a later check can then prove nothing before it was cut off).
   */
  anchor: { seq: number; fingerprint: string } | null;
}
