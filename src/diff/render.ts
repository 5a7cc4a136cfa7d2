// One entry point for every --format of `claimtab diff`; the compiler checks that each has a renderer.
import { renderCsv, renderJsonl } from './render-data.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import type { DiffGroup } from './types.js';

export type DiffFormat = 'text' | 'jsonl' | 'csv' | 'html';
export const DIFF_FORMATS = ['text', 'jsonl', 'csv', 'html'] as const satisfies readonly DiffFormat[];

export interface RenderOptions {
  /** ANSI colour in the text format */
  color: boolean;
  /** the HTML report's title */
  title?: string;
}

const RENDERERS = {
  text: (groups, opts) => renderText(groups, { color: opts.color }),
  jsonl: (groups) => renderJsonl(groups),
  csv: (groups) => renderCsv(groups),
  html: (groups, opts) => renderHtml(groups, { title: opts.title }),
} satisfies Record<DiffFormat, (groups: readonly DiffGroup[], opts: RenderOptions) => string>;

export function renderDiff(groups: readonly DiffGroup[], format: DiffFormat, opts: RenderOptions): string {
  return RENDERERS[format](groups, opts);
}
