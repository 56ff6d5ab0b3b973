import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Violations we accept, each for one rule on one element, with the reason. Only for what we cannot
 * fix in our own markup (a third-party component's internals); everything else gets fixed.
 * `target` is axe's CSS selector for the node, as printed by a failing check.
 */
const ACCEPTED: { rule: string; target: string; why: string }[] = [
  {
    rule: 'color-contrast',
    target: '.pd-watermark',
    why:
      'The faint "ร่าง"/"สำเนา" across a document preview is a watermark, faint on purpose so the ' +
      'page stays legible (aria-hidden; the state is also said in text: "ที่ (ร่าง)", the status).',
  },
];

/**
 * axe's `label-content-name-mismatch` cannot read Thai: before comparing the visible text with the
 * accessible name it decomposes both and turns every non-letter into a space, and Thai vowel and
 * tone marks (ั ่ ้ …) are combining marks, not letters, so "จัดการ" becomes "จ ดการ" and words
 * stop lining up (axe-core 4.14.1; `<button aria-label="จัดการบัญชีของ สมศรี">จัดการ</button>` fails).
 * So the rule is skipped only for an element whose own aria-label is Thai; English labels (the
 * same screens in English) are still checked.
 */
function isThaiLabelMismatch(rule: string, html: string): boolean {
  return rule === 'label-content-name-mismatch' && /aria-label="[^"]*[\u0E00-\u0E7F]/.test(html);
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core (all its default WCAG 2.x A/AA and best-practice rules) on the page as it is now
 * and fails on any `serious` or `critical` violation, naming the screen. Call it once a screen
 * has settled (after the `expect` that shows it arrived), for every screen a story reaches.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await test.step(`accessibility: ${screen}`, async () => {
    // Legacy mode runs axe in the page itself. The default mode opens a helper page in the same
    // browser context to merge results across frames, which pages from `browser.newPage()` (our
    // stories) cannot do; Kaona has no frames to merge.
    const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    const blocking = violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => ({
        rule: violation.id,
        help: violation.help,
        // The element's selector, its markup and axe's own finding (the contrast ratio, the
        // missing name…): enough to fix it without running axe again.
        nodes: violation.nodes
          .filter((node) => !isAccepted(violation.id, node.target.join(' ')))
          .filter((node) => !isThaiLabelMismatch(violation.id, node.html))
          .map(
            (node) =>
              `${node.target.join(' ')} — ${node.html.slice(0, 200)} — ${node.failureSummary ?? ''}`,
          ),
      }))
      .filter((violation) => violation.nodes.length > 0);
    expect(blocking, `serious or critical accessibility problems on "${screen}"`).toEqual([]);
  });
}

function isAccepted(rule: string, target: string): boolean {
  return ACCEPTED.some((accepted) => accepted.rule === rule && accepted.target === target);
}
