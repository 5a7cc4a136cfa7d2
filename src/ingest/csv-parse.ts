// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF). Used for manifests and for the
// expected tables of `claimtab check`; both are small, so the whole text is parsed at once.

export interface CsvRow {
  /** 1-based line number where the record starts, for diagnostics */
  line: number;
  fields: string[];
}

/** Where the text stops being CSV; parseCsv reads what it can and reports this. */
export interface CsvProblem {
  line: number;
  reason: string;
  /** the row starting at `line` is broken beyond use (a quote never closed) */
  unusable?: boolean;
}

export function parseCsv(text: string, problems?: CsvProblem[]): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let sawAny = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') { field += '"'; i++; }
        else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') { inQuotes = true; sawAny = true; }
    else if (c === ',') { fields.push(field); field = ''; sawAny = true; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      fields.push(field);
      if (sawAny || fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = []; field = ''; sawAny = false;
      line++; rowLine = line;
    } else { field += c; sawAny = true; }
  }
  // a quote never closed swallows the rest of the file into one field: say where it opened
  if (inQuotes) problems?.push({ line: rowLine, reason: 'a quoted field opened in this row is never closed: the row and the rest of the file are skipped', unusable: true });
  if (sawAny || field !== '' || fields.length) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function parseCsvRecords(text: string, problems?: CsvProblem[]): { header: string[]; records: { line: number; values: Record<string, string> }[] } {
  const rows = parseCsv(text, problems);
  const header = (rows[0]?.fields ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((r) => {
    // an unquoted comma in a title shifts every later column: the extra fields are dropped, and said so
    if (r.fields.length > header.length && r.fields.slice(header.length).some((f) => f.trim())) {
      problems?.push({ line: r.line, reason: `row has ${r.fields.length} fields, the header ${header.length} (an unquoted comma?); the extra fields are ignored` });
    }
    return { line: r.line, values: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])) };
  });
  return { header, records };
}
