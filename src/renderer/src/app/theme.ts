import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  InputWrapper,
  Notification,
  parseThemeColor,
  rem,
  type CSSVariablesResolver,
} from '@mantine/core';

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
  // WCAG AA (4.5:1, checked by axe in the e2e tests): white on indigo 6 is 4.3:1, on 7 it is 5:1.
  primaryShade: 7,
  // Light alerts and badges print their text in the colour's middle shade on a tint of it (about
  // 4.3:1 for teal), and white on a filled red button is 3.8:1. Darkened (40 % for light text,
  // 25 % for filled backgrounds other than indigo) every palette colour reaches 4.5:1.
  variantColorResolver: (input) => {
    const colors = defaultVariantColorsResolver(input);
    const { value } = parseThemeColor({ color: input.color ?? 'indigo', theme: input.theme });
    if (input.variant === 'light') return { ...colors, color: darken(value, 0.4) };
    if (input.variant === 'filled' && input.color && input.color !== input.theme.primaryColor)
      return { ...colors, background: darken(value, 0.25), hover: darken(value, 0.35) };
    return colors;
  },
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
    // Under a title, a notification's text is gray 6 (3.3:1 on white); dimmed is gray 7 here.
    Notification: Notification.extend({
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
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

/**
 * Mantine's dimmed text (hints, captions) is gray 6, 3.3:1 on white; gray 7 is 8:1. Its error
 * text under a field is red 6, 3.3:1; red 9 is 5.4:1 (WCAG AA asks 4.5:1 for both).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
