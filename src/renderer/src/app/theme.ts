import { createTheme, InputWrapper, rem } from '@mantine/core';

const SARABUN = 'Sarabun, sans-serif';
// Code-style text (folder paths, IDs) may contain Thai, which no monospace font here has: let
// those characters fall through to Sarabun rather than to whatever the PC happens to have.
const MONOSPACE =
  'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", Sarabun, monospace';

/**
 * Thai stacks vowels and tone marks above and below the line, so every line height is at least
 * 1.5 (Mantine's defaults go down to 1.3 for headings, which clips them), and the smallest text
 * is 14 px: Thai at Mantine's 12 px is hard to read for anyone.
 */
export const theme = createTheme({
  fontFamily: SARABUN,
  fontFamilyMonospace: MONOSPACE,
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontSizes: { xs: rem(14), sm: rem(15), md: rem(16), lg: rem(18), xl: rem(20) },
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.65', lg: '1.65', xl: '1.7' },
  components: {
    // Mantine sets labels, hints and error lines at line height 1.2 and hints at 13 px: a Thai
    // hint or error that wraps onto a second line collides with the first.
    InputWrapper: InputWrapper.extend({
      styles: {
        label: { lineHeight: 1.5 },
        description: { lineHeight: 1.5, fontSize: 'var(--mantine-font-size-xs)' },
        error: { lineHeight: 1.5, fontSize: 'var(--mantine-font-size-xs)' },
      },
    }),
  },
  headings: {
    fontFamily: SARABUN,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: rem(28), lineHeight: '1.5' },
      h2: { fontSize: rem(22), lineHeight: '1.5' },
      h3: { fontSize: rem(18), lineHeight: '1.5' },
      h4: { fontSize: rem(16), lineHeight: '1.5' },
      h5: { fontSize: rem(15), lineHeight: '1.5' },
      h6: { fontSize: rem(14), lineHeight: '1.5' },
    },
  },
});
