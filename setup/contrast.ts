/** WCAG 2.2 contrast for the setup page's accent colour check, and the nearest shade that passes. */
import { darkPalette, lightPalette } from '../src/styles/kit.js';

const channel = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);

export function parseHex(hex: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const n = parseInt(match[1] as string, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

export function luminance(hex: string): number {
  const rgb = parseHex(hex) ?? [0, 0, 0];
  const [r, g, b] = rgb.map((c) => channel(c / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The accent's weakest contrast in a theme: as text and borders on both surfaces, and under the button's text. */
export function accentContrast(accent: string, theme: 'light' | 'dark'): number {
  const token = (name: string) => tokenOf(theme, name);
  return Math.min(contrast(accent, token('surface')), contrast(accent, token('surface-alt')), contrast(accent, token('on-accent')));
}

/** A colour of the kit's palette (src/styles/kit.ts), by token name: `tokenOf('dark', 'surface')`. */
export function tokenOf(theme: 'light' | 'dark', name: string): string {
  const css = (theme === 'dark' ? darkPalette : lightPalette).cssText;
  const value = new RegExp(`--_k-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`no --_k-${name} in the ${theme} palette`);
  return value;
}

/**
 * The shade of `accent` nearest to it that meets `min` in the theme: the colour mixed step by step
 * towards black and towards white, the first that passes on either side (closest first).
 */
export function nearestPassing(accent: string, theme: 'light' | 'dark', min = 4.5): string | undefined {
  const rgb = parseHex(accent);
  if (!rgb) return undefined;
  if (accentContrast(accent, theme) >= min) return toHex(rgb);
  for (let step = 1; step <= 100; step++) {
    const t = step / 100;
    for (const target of [0, 255]) {
      const candidate = toHex(rgb.map((c) => c + (target - c) * t));
      if (accentContrast(candidate, theme) >= min) return candidate;
    }
  }
  return undefined;
}
