/**
 * SVG to PNG with resvg (a Rust renderer shipped as a prebuilt binary in npm's optional
 * packages), using only the bundled fonts. resvg shapes text with HarfBuzz's rules, so Chinese
 * and Mongolian (whose letters join and change shape) come out right, which the old hand-made
 * rasteriser with its ASCII bitmap font could not do.
 */
import { loadOnDemand } from '../load-on-demand.js';
import { CHINESE_FONT, FONT_FILES } from './fonts.js';

const resvgJs = loadOnDemand<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');

export interface RenderOptions {
  /** Font files to use; the bundled ones by default. Tests pass [] to see what tofu looks like. */
  fontFiles?: string[];
}

/** PNG bytes of `svg`, drawn at its own size on white. */
export function renderPng(svg: string, options: RenderOptions = {}): Buffer {
  const resvg = new (resvgJs().Resvg)(svg, {
    background: '#ffffff',
    font: {
      fontFiles: options.fontFiles ?? FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: CHINESE_FONT.family,
    },
  });
  return resvg.render().asPng();
}
