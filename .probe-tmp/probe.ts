import { figureExtractor } from '/work/main/src/extract/figures/index.ts';
import { dateExtractor } from '/work/main/src/extract/dates/index.ts';
import { extractEntities } from '/work/main/src/extract/entities/index.ts';
import { analyzeClaim } from '/work/main/src/extract/attribution/index.ts';
import { segmentSentences } from '/work/main/src/segment/sentences.ts';
import { stripBoilerplate } from '/work/main/src/clean/boilerplate.ts';
import { processDocument } from '/work/main/src/pipeline/process-document.ts';

const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
export const INPUTS: Record<string, (n: number) => string> = {
  digits: (n) => rep('1', n),
  commas: (n) => rep('1,', n),
  dots: (n) => rep('.', n),
  dotsSpaceLower: (n) => 'x' + rep('.', n) + ' y',
  oneDot: (n) => rep('1.', n),
  oneSpace: (n) => rep('1 ', n),
  dash: (n) => rep('-', n),
  oneDash: (n) => rep('1-', n),
  slash: (n) => rep('1/', n),
  word: (n) => rep('a', n),
  capWord: (n) => rep('A', n),
  capWords: (n) => rep('Smith ', n),
  titleCase: (n) => rep('Korea Communications Standards Commission ', n),
  parens: (n) => rep('(', n / 2) + rep(')', n / 2),
  quotes: (n) => rep('"', n),
  curly: (n) => rep('“', n / 2) + rep('”', n / 2),
  mixedQuotes: (n) => rep('"‘“\'(', n),
  brackets: (n) => rep('[(', n),
  sentences: (n) => rep('Police said 5 people were arrested on Monday, according to Yonhap. ', n),
  longSentence: (n) => rep('5 people and 6 cars and ', n),
  money: (n) => rep('$1 million ', n),
  range: (n) => rep('10 to 15 ', n),
  said: (n) => rep('he said ', n),
  according: (n) => rep('according to police, ', n),
  mrSmith: (n) => rep('Mr. Smith said ', n),
  months: (n) => rep('Jan. ', n),
  years: (n) => rep('2024-', n),
  dateNums: (n) => rep('24.11.10 ', n),
  mixedScripts: (n) => rep('서울 Москва 東京 القاهرة 𝒜😀é ', n),
  percent: (n) => rep('3% ', n),
  quotedSaid: (n) => rep('"We found 5 cases," he said. ', n),
  ellipsisSpace: (n) => rep('a... ', n),
  spaces: (n) => 'a.' + rep(' ', n) + 'b',
  urlish: (n) => 'www.' + rep('.', n),
  email: (n) => rep('a.', n) + '@b',
  emailDom: (n) => 'x@' + rep('a-', n),
  hashNum: (n) => rep('#1 ', n),
  ordinals: (n) => rep('1st 2nd ', n),
  dotsThenX: (n) => rep('.', n) + 'x',
  dotsCapital: (n) => 'x' + rep('.', n) + ' The',
  dotSpaces: (n) => rep('. ', n),
  wordDots: (n) => rep('a.', n) + ' y',
  wordDotsSpace: (n) => rep('a. ', n),
  initials: (n) => rep('A. ', n),
  stopsQuotes: (n) => rep('."', n) + ' y',
  nested: (n) => rep('("[', n / 2) + 'x' + rep(']")', n / 2),
};

const sentence = (text: string) => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
const ctx = (text: string) => ({ doc: 'x', text, published: '2024-09-02' });
export const STAGES: Record<string, (t: string) => unknown> = {
  clean: (t) => stripBoilerplate(t),
  segment: (t) => segmentSentences(t),
  figures: (t) => figureExtractor.extract(sentence(t), ctx(t)),
  dates: (t) => dateExtractor.extract(sentence(t), ctx(t)),
  entities: (t) => extractEntities(segmentSentences(t), ctx(t)),
  attribution: (t) => { const s = sentence(t); for (let k = 0; k < 20; k++) { const f = Math.floor((t.length * k) / 20); analyzeClaim(s, f, Math.min(t.length, f + 3), { previousSpeaker: null }); } },
  document: (t) => processDocument({ doc: 'x', text: t, meta: { published: '2024-09-02', publishedSource: 'manifest', outlet: null, title: null, url: null, datelinePlace: null } } as any),
};

if (import.meta.url.endsWith("probe.ts") && process.argv[1]?.endsWith("probe.ts")) main();
function main() {
const only = process.argv[2]?.split(',');
const stages = process.argv[3]?.split(',') ?? Object.keys(STAGES);
const N = Number(process.argv[4] ?? 20000);
const budget = Number(process.argv[5] ?? 3000);
for (const [name, make] of Object.entries(INPUTS)) {
  if (only && only[0] !== 'all' && !only.includes(name)) continue;
  const row: string[] = [];
  for (const st of stages) {
    const f = STAGES[st]!;
    const time = (n: number) => { const t = make(n); const a = performance.now(); f(t); return performance.now() - a; };
    time(200);
    const a = time(N);
    if (a > budget) { row.push(`${st}=${a.toFixed(0)}ms@${N}!!`); continue; }
    const b = time(N * 4);
    row.push(`${st}=${a.toFixed(0)}/${b.toFixed(0)}(x${(b / Math.max(a, 1)).toFixed(1)})`);
  }
  console.log(name.padEnd(14), row.join(' '));
}
}
