import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/check/compare.js';
import { ClaimLocator, LineIndex } from '../../src/check/locate.js';
import { renderTextReport } from '../../src/check/report-text.js';
import { escapeXml, renderJunitReport } from '../../src/check/report-junit.js';
import { renderGithubAnnotations } from '../../src/check/report-github.js';
import { checkWellFormed } from './xml.js';
import { claim, DOC_TEXT, fineClaims, pinnedClaims, SENTENCE_40 } from './claims.js';

const DOC = '001_3b104a98e4dc540f.txt';
const FILE = 'fixtures/001_3b104a98e4dc540f.txt';

/** "40 years" -> "41 years", one claim gone, one new: every kind of entry. */
function scenario() {
  const text = DOC_TEXT.replace('40 years', '41 years');
  const sentence = SENTENCE_40.replace('40 years', '41 years');
  const actual = [
    claim({ id: 'c41years', text, sentence, figure: '41 years', value: 41, unit: 'year', measure: 'duration' }),
    claim({ id: 'c74women', text, sentence, figure: '74 women', value: 74, unit: 'woman' }),
    claim({ id: 'c37500', text, sentence: fineClaims(text)[0]!.text, figure: '$37,500', value: 37500, unit: 'USD', measure: 'money' }),
    ...fineClaims(text),
  ].map((c) => (c.text === SENTENCE_40 ? { ...c, text: sentence } : c));
  const expected = pinnedClaims().map((c) => (c.claim_id === 'c74women' ? { ...c, text: sentence } : c));
  const result = compareClaims(expected, actual, { ignore: [] });
  const locator = new ClaimLocator(new Map([[DOC, { file: FILE, text }]]));
  return { result, locator, text };
}

describe('LineIndex', () => {
  it('counts lines at \\n, \\r\\n and a lone \\r, columns in UTF-16 units from 1', () => {
    const idx = new LineIndex('ab\ncd\r\nef\rg😀h');
    expect(idx.position(0)).toEqual({ line: 1, col: 1 });
    expect(idx.position(3)).toEqual({ line: 2, col: 1 });
    expect(idx.position(5)).toEqual({ line: 2, col: 3 }); // the \r of \r\n still belongs to line 2
    expect(idx.position(7)).toEqual({ line: 3, col: 1 });
    expect(idx.position(10)).toEqual({ line: 4, col: 1 });
    expect(idx.position(13)).toEqual({ line: 4, col: 4 }); // after the surrogate pair
    expect(idx.position(14)).toEqual({ line: 4, col: 5 }); // the end of the text is a place too
    expect(idx.position(15)).toBe(null);
    expect(idx.position(-1)).toBe(null);
  });

  it('places the figure of the fixture sentence on its article line', () => {
    const idx = new LineIndex(DOC_TEXT);
    const c = pinnedClaims()[0]!;
    const p = idx.position(c.figure!.start)!;
    expect(DOC_TEXT.split('\n')[p.line - 1]!.slice(p.col - 1).startsWith('40 years')).toBe(true);
  });
});

describe('text report', () => {
  it('prints one line per field and per added or removed claim, in document order, then the summary', () => {
    const { result, locator, text } = scenario();
    const lines = text.split('\n');
    const col = (needle: string) => lines[2]!.indexOf(needle) + 1;
    expect(renderTextReport(result, locator)).toBe(
      [
        `${FILE}:3:${col('Cho Ju-bin was')} c40years claim_id: "c40years" -> "c41years"`,
        `${FILE}:3:${col('Cho Ju-bin was')} c40years text: ${JSON.stringify(SENTENCE_40)} -> ${JSON.stringify(SENTENCE_40.replace('40 years', '41 years'))}`,
        `${FILE}:3:${col('41 years')} c40years figure_text: "40 years" -> "41 years"`,
        `${FILE}:3:${col('41 years')} c40years figure_value: 40 -> 41`,
        `${FILE}:3:${col('16 teenagers')} c16teens removed: "16 teenagers" in "Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 wom…"`,
        `${FILE}:5:${lines[4]!.indexOf('$37,500') + 1} c37500 added: "$37,500" in "Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creat…"`,
        'check: 1 changed, 1 added, 1 removed (3 unchanged)',
        '',
      ].join('\n'),
    );
  });

  it('names the document alone where its text was not read in this run', () => {
    const r = compareClaims(pinnedClaims().slice(0, 1), [], { ignore: [] });
    expect(renderTextReport(r, new ClaimLocator())).toBe(
      `${DOC} c40years removed: "40 years" in "Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 wom…"\n` +
        'check: 0 changed, 0 added, 1 removed (0 unchanged)\n',
    );
  });

  it('is only the summary when nothing moved', () => {
    const r = compareClaims(pinnedClaims(), pinnedClaims(), { ignore: [] });
    expect(renderTextReport(r, new ClaimLocator())).toBe('check: 0 changed, 0 added, 0 removed (5 unchanged)\n');
  });
});

describe('JUnit report', () => {
  it('has one testcase per claim and a failure for each claim that moved, and is well-formed XML', () => {
    const { result, locator } = scenario();
    const xml = renderJunitReport(result, locator);
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).toContain('<testsuites name="claimtab check" tests="6" failures="3" errors="0">');
    expect(xml).toContain(`<testsuite name="${DOC}" tests="6" failures="3" errors="0" skipped="0">`);
    expect(xml.match(/<testcase /g)).toHaveLength(6);
    expect(xml).toContain('<failure message="changed: claim_id, text, figure_text, figure_value" type="changed">');
    expect(xml).toContain(`<testcase classname="${DOC}" name="c74women &quot;74 women&quot;" file="${FILE}" line="3"/>`);
    expect(renderJunitReport(result, locator)).toBe(xml);
  });

  it('escapes what article text and ids can hold: markup, quotes, control characters, lone surrogates', () => {
    const nasty = 'A & B <said> "it\'s" ]]> \u0001\u000b\uFFFE \uD800 end\r\n\ttab 😀';
    const [c] = pinnedClaims();
    const odd = { ...c!, claim_id: `c<&"'>`, doc: 'a&b <"doc">.txt', text: nasty, figure: { ...c!.figure!, text: nasty } };
    const xml = renderJunitReport(compareClaims([], [odd], { ignore: [] }), new ClaimLocator());
    expect(checkWellFormed(xml)).toEqual([]);
    expect(escapeXml(nasty)).toBe('A &amp; B &lt;said&gt; "it\'s" ]]&gt; \uFFFD\uFFFD\uFFFD \uFFFD end&#13;\n\ttab 😀');
    expect(escapeXml('a\n\tb"\'', true)).toBe('a&#10;&#9;b&quot;&apos;');
  });

  it('is well-formed for an empty comparison', () => {
    const xml = renderJunitReport(compareClaims([], [], { ignore: [] }), new ClaimLocator());
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="claimtab check" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });

  it('the well-formedness check itself catches broken XML', () => {
    expect(checkWellFormed('<a><b></a></b>')).not.toEqual([]);
    expect(checkWellFormed('<a x="1" x="2"/>')).not.toEqual([]);
    expect(checkWellFormed('<a>&nbsp;</a>')).not.toEqual([]);
    expect(checkWellFormed('<a>1 < 2</a>')).not.toEqual([]);
    expect(checkWellFormed('<a x="<"/>')).not.toEqual([]);
    expect(checkWellFormed('<a>\u0001</a>')).not.toEqual([]);
    expect(checkWellFormed('<a/><b/>')).not.toEqual([]);
    expect(checkWellFormed('<a>')).not.toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('puts one ::error per moved claim on its article line', () => {
    const { result, locator, text } = scenario();
    const line3 = text.split('\n')[2]!;
    expect(renderGithubAnnotations(result, locator).split('\n')).toEqual([
      `::error file=${FILE},line=3,col=${line3.indexOf('Cho Ju-bin was') + 1}::claim c40years changed%0Aclaim_id: "c40years" -> "c41years"%0Atext: ${JSON.stringify(SENTENCE_40)} -> ${JSON.stringify(SENTENCE_40.replace('40 years', '41 years'))}%0Afigure_text: "40 years" -> "41 years"%0Afigure_value: 40 -> 41`,
      `::error file=${FILE},line=3,col=${line3.indexOf('16 teenagers') + 1}::claim c16teens removed: "16 teenagers" in "Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 wom…"`,
      `::error file=${FILE},line=5,col=${text.split('\n')[4]!.indexOf('$37,500') + 1}::claim c37500 added: "$37,500" in "Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creat…"`,
      '',
    ]);
  });

  it('escapes % and line breaks in messages, and : , in the file property', () => {
    const [c] = pinnedClaims();
    const odd = { ...c!, doc: 'a,b:c%.txt', claim_id: 'c%\n', figure: { ...c!.figure!, text: '100%' } };
    const out = renderGithubAnnotations(compareClaims([], [odd], { ignore: [] }), new ClaimLocator());
    expect(out).toBe('::error file=a%2Cb%3Ac%25.txt::claim c%25%0A added: "100%25" in "Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 wom…"\n');
  });

  it('prints nothing when nothing moved', () => {
    expect(renderGithubAnnotations(compareClaims(pinnedClaims(), pinnedClaims(), { ignore: [] }), new ClaimLocator())).toBe('');
  });
});
