/**
 * The three ColorBrewer schemes the page uses (Cynthia Brewer, colorbrewer2.org, Apache-2.0), as
 * d3-scale-chromatic defines them, interpolated the same way (a B-spline through the colours:
 * identical output). Importing d3-scale-chromatic itself would put every one of its schemes into
 * the first screen's JavaScript, since each is built when the module loads.
 */
import { interpolateRgbBasis } from 'd3-interpolate';

/** Diverging purple–orange (colour-blind safe), 11 classes. */
export const interpolatePuOr = interpolateRgbBasis([
  '#2d004b',
  '#542788',
  '#8073ac',
  '#b2abd2',
  '#d8daeb',
  '#f7f7f7',
  '#fee0b6',
  '#fdb863',
  '#e08214',
  '#b35806',
  '#7f3b08',
]);
export const interpolatePurples = interpolateRgbBasis([
  '#fcfbfd',
  '#efedf5',
  '#dadaeb',
  '#bcbddc',
  '#9e9ac8',
  '#807dba',
  '#6a51a3',
  '#54278f',
  '#3f007d',
]);
export const interpolateBlues = interpolateRgbBasis([
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
]);
