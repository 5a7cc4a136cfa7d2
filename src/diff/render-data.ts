// Machine-readable renderings: JSON Lines (one group a line) and CSV (one member a row).
import { stringify } from 'csv-stringify/sync';
import { csvColumns, flattenRow, orderKeys } from '../output/schema.js';
import { DiffCsvRow, DiffGroupRow, DiffMemberRow } from './schema.js';
import type { DiffGroup } from './types.js';

export function renderJsonl(groups: readonly DiffGroup[]): string {
  let out = '';
  for (const g of groups) {
    const row = orderKeys(DiffGroupRow, { ...g, members: [] });
    row.members = g.members.map((m) => orderKeys(DiffMemberRow, m as unknown as Record<string, unknown>));
    out += JSON.stringify(row) + '\n';
  }
  return out;
}

export function renderCsv(groups: readonly DiffGroup[]): string {
  const header = stringify([csvColumns(DiffCsvRow)], { record_delimiter: 'unix' });
  const rows: unknown[][] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const record = { group_id: g.group_id, verdict: g.verdict, topic: g.topic, reason: g.reason, kind: g.kind, ...m };
      rows.push(flattenRow(DiffCsvRow, record).map(csvCell));
    }
  }
  // article text can start a cell with = + - @, and a journalist opens this in a spreadsheet
  return header + (rows.length ? stringify(rows, { record_delimiter: 'unix', escape_formulas: true }) : '');
}

function csvCell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  return String(v);
}
