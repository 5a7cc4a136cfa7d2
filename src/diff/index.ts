// `claimtab diff`: across the outlets that covered one story, which figures agree and which conflict.
export { groupClaims, type GroupOptions } from './group.js';
export { renderDiff, DIFF_FORMATS, type DiffFormat, type RenderOptions } from './render.js';
export { renderText, terminalSafe } from './render-text.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { renderCsv, renderJsonl } from './render-data.js';
export { DiffGroupRow, DiffMemberRow, DiffCsvRow } from './schema.js';
export type { DiffGroup, DiffMember, Verdict, GroupKind } from './types.js';
