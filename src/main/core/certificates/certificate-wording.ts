import type { CertificateAchievement } from '../../../shared/domain/documents';

/**
 * The Thai lines a certificate prints under the holder's name. Official documents are Thai
 * whatever the UI language, so these are composed here and frozen in the snapshot.
 */
export const DEFAULT_DETAIL_TEXT = 'ภายใต้โครงการส่งเสริมอาชีพกลุ่มเปราะบางผ่านการค้าออนไลน์ (พม. × Lazada)';

export interface WordingInput {
  achievement: CertificateAchievement;
  /** The course (training) or the whole line (custom); ignored otherwise. */
  text: string;
  /** The officer's second line; empty takes the shop's name or the programme line. */
  detailText: string;
}

export interface Wording {
  achievementText: string;
  detailText: string;
}

/** `shopName` is the shop recorded with the shop_opened milestone, when there is one. */
export function certificateWording(input: WordingInput, shopName: string | null): Wording {
  const detailText = input.detailText.trim();
  switch (input.achievement) {
    case 'shop_opened':
      return {
        achievementText: 'ได้เปิดร้านค้าออนไลน์สำเร็จ',
        detailText:
          detailText ||
          (shopName ? `${shopLabel(shopName)} ${DEFAULT_DETAIL_TEXT}` : DEFAULT_DETAIL_TEXT),
      };
    case 'first_order':
      return {
        achievementText: 'ได้รับคำสั่งซื้อแรกจากร้านค้าออนไลน์',
        detailText: detailText || DEFAULT_DETAIL_TEXT,
      };
    case 'training':
      return {
        achievementText: `ได้ผ่านการอบรมหลักสูตร ${input.text.trim()}`,
        detailText: detailText || DEFAULT_DETAIL_TEXT,
      };
    case 'custom':
      return { achievementText: input.text.trim(), detailText: detailText || DEFAULT_DETAIL_TEXT };
  }
}

/** `ร้าน "ผ้าทอ"`, but a name that already starts with ร้าน is not prefixed twice. */
function shopLabel(shopName: string): string {
  return shopName.startsWith('ร้าน') ? `"${shopName}"` : `ร้าน "${shopName}"`;
}
