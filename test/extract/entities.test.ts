import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/entities/index.js';
import type { EntityMention, Sentence } from '../../src/types.js';
import { ENTITY_CASES, ENTITY_CASES_HELDOUT, type EntityCase } from './entities.cases.js';
import { ENTITY_CASES_PLACES } from './entities.places.cases.js';
import { SEED_DIR, ignoreRegions, readGold, readSeed, splitDocument } from './entities.seeds.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Runs the extractor over a passage as one document ("…" separates sentences left out of the quote). */
function extract(text: string): { mentions: EntityMention[]; sentences: Sentence[]; doc: string } {
  const doc = text.replace(/ … /g, '\n');
  const sentences = splitDocument(doc, false);
  return { mentions: extractEntities(sentences, { doc: 'case', text: doc, published: null }), sentences, doc };
}

const key = (text: string, label: string, canonical: string): string => `${text} | ${label} | ${canonical}`;

function compare(c: EntityCase): { missing: string[]; extra: string[] } {
  const { mentions } = extract(c.text);
  const got = new Set(mentions.map((m) => key(m.text, m.label, m.canonical)));
  const missing = c.expected.filter((e) => !e.optional).map((e) => key(e.text, e.label, e.canonical ?? e.text)).filter((k) => !got.has(k));
  const extra = [...got].filter((k) => {
    const [text, label, canonical] = k.split(' | ');
    return !c.expected.some((e) => e.text === text && e.label === label && (e.optional || (e.canonical ?? e.text) === canonical));
  });
  return { missing, extra };
}

describe('entities: tables of real news sentences', () => {
  const all = [...ENTITY_CASES, ...ENTITY_CASES_HELDOUT, ...ENTITY_CASES_PLACES];

  it('covers at least 150 sentences from every region and several topics', () => {
    const sentences = all.reduce((n, c) => n + extract(c.text).sentences.length, 0);
    expect(sentences).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((c) => c.region))).toEqual(new Set(['asia', 'middle-east', 'europe', 'africa', 'americas']));
    const topics = new Set(all.map((c) => c.topic));
    for (const topic of ['politics', 'business', 'sport', 'courts', 'disaster', 'crime'] as const) expect(topics.has(topic)).toBe(true);
  });

  for (const [name, cases] of [
    ['rules written on', ENTITY_CASES],
    ['annotated before the run', ENTITY_CASES_HELDOUT],
    ['places named with their administrative units', ENTITY_CASES_PLACES],
  ] as const) {
    describe(name, () => {
      for (const c of cases) {
        const title = `${c.text.slice(0, 70)}… (${c.source.replace(/^https?:\/\/(www\.)?/, '').slice(0, 40)})`;
        if (c.knownLimit) {
          // documents a limit: passes while the extractor still gets it wrong
          it.fails(`known limit: ${c.knownLimit}: ${title}`, () => {
            expect(compare(c)).toEqual({ missing: [], extra: [] });
          });
        } else {
          it(title, () => {
            expect(compare(c)).toEqual({ missing: [], extra: [] });
          });
        }
      }
    });
  }

  it('gets at least 95% of the tables right entity by entity', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of all) {
      const { missing, extra } = compare(c);
      const need = c.expected.filter((e) => !e.optional).length;
      tp += need - missing.length;
      fn += missing.length;
      fp += extra.length;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('entities: seed documents against the gold', () => {
  const gold = readGold();
  const docs = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
  const totals = { need: 0, strict: 0, found: 0, extra: 0 };

  for (const doc of docs) {
    it(`${doc}: every gold entity, right label and canonical, and nothing else`, () => {
      const text = readSeed(doc);
      const mentions = extractEntities(splitDocument(text), { doc, text, published: null });
      // predictions inside the gold's "ignore" regions (duplicated copies, captions) neither count nor cost
      const ignored = ignoreRegions(doc, text, gold.ignore);
      const kept = mentions.filter((m) => !ignored.some(([s, e]) => m.start < e && s < m.end));
      const groups = new Map<string, { label: string; forms: Set<string> }>();
      for (const m of kept) {
        const g = groups.get(m.canonical) ?? { label: m.label, forms: new Set([m.canonical.toLowerCase()]) };
        g.forms.add(m.text.toLowerCase());
        groups.set(m.canonical, g);
      }
      const used = new Set<string>();
      const missing: string[] = [];
      const wrongLabel: string[] = [];
      for (const g of gold.entities.filter((e) => e.doc === doc)) {
        const forms = [g.canonical, ...g.aliases].map((f) => f.toLowerCase());
        const hit = [...groups.entries()].find(([c, p]) => !used.has(c) && forms.some((f) => p.forms.has(f)));
        if (!hit) {
          if (!g.optional) missing.push(g.canonical);
          continue;
        }
        used.add(hit[0]);
        if (g.optional) continue;
        totals.need++;
        totals.found++;
        if (hit[1].label === g.label && forms.includes(hit[0].toLowerCase())) totals.strict++;
        else wrongLabel.push(`${g.canonical}: ${hit[1].label} ${hit[0]}`);
      }
      totals.need += missing.length;
      const extra = [...groups.keys()].filter((c) => !used.has(c));
      totals.extra += extra.length;
      expect({ missing, wrongLabel, extra }).toEqual({ missing: [], wrongLabel: [], extra: [] });
    });
  }

  it('reaches strict F1 >= 0.95 over the seeds', () => {
    const p = totals.strict / (totals.found + totals.extra);
    const r = totals.strict / totals.need;
    expect(totals.need).toBeGreaterThan(40);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('entities: mention records', () => {
  const docs = [
    ...readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readSeed(f)),
    ...[...ENTITY_CASES, ...ENTITY_CASES_PLACES].map((c) => c.text.replace(/ … /g, '\n')),
  ];
  it('have absolute offsets, the exact text, sorted, without overlaps, with a canonical and a rule', () => {
    for (const text of docs) {
      const mentions = extractEntities(splitDocument(text), { doc: 'x', text, published: null });
      let last = -1;
      for (const m of mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.type).toBe('entity');
        expect(m.canonical.length).toBeGreaterThan(0);
        expect(m.rule.length).toBeGreaterThan(0);
        last = m.end;
      }
    }
  });

  it('are the same on every run', () => {
    const text = readSeed('004_d133ada682a55495.txt');
    const once = extractEntities(splitDocument(text), { doc: 'x', text, published: null });
    const again = extractEntities(splitDocument(text), { doc: 'x', text, published: null });
    expect(again).toEqual(once);
  });
});

describe('entities: document-level behaviour', () => {
  const canonicals = (text: string): Record<string, string> =>
    Object.fromEntries(extract(text).mentions.map((m) => [m.text, `${m.label} ${m.canonical}`]));

  it('gives an acronym used before its definition the long name (seed 000)', () => {
    const text = `Telegram also confirmed it had removed 25 videos at the KCSC’s request. … In a statement to the Korea Communications Standards Commission (KCSC), Telegram called the situation “unfortunate”.`;
    expect(canonicals(text)).toMatchObject({ KCSC: 'ORG Korea Communications Standards Commission' });
  });

  it('keeps the entity without its possessive (seed 004)', () => {
    const { mentions } = extract(`"Telegram's marketing point has been that it never cooperates with any government," said Kim Seung-joo from Korea University. … KCSC's Ryu said the commission had requested urgent cooperation from French authorities, without providing details. … "Telegram has accelerated our two-way communication," said Ryu Hee-lim, chair of the Korea Communications Standards Commission (KCSC). … Police told AFP this was the first time Telegram had responded since the agency requested information of members on the platform.`);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Telegram', 'KCSC', 'Ryu']));
    expect(mentions.find((m) => m.text === 'Ryu')?.canonical).toBe('Ryu Hee-lim');
    expect(mentions.find((m) => m.text === 'Korea University')?.label).toBe('ORG');
    expect(mentions.some((m) => m.text === 'Korea')).toBe(false);
  });

  it('maps a shouted name and an upper-case dateline to their ordinary spelling (seeds 000, 002)', () => {
    expect(canonicals(`TELEGRAM has apologized to South Korean authorities over its handling of deepfake pornographic material shared through its app, amid an epidemic of digital sexual crimes in the country. … In recent weeks, a large number of chatrooms on Telegram were found to have created pornographic “deepfakes” using manipulated photos of young women. Authorities said Telegram has since removed the videos from its platform.`)).toMatchObject({
      TELEGRAM: 'ORG Telegram',
    });
    expect(canonicals(`SEOUL, Sept 2 (Reuters) – South Korean police have initiated an investigation into Telegram.`)).toEqual({
      SEOUL: 'PLACE Seoul',
      Reuters: 'ORG Reuters',
    });
  });

  it('expands news abbreviations of countries (seed 004, seed 002)', () => {
    expect(canonicals(`Telegram cooperates with S. Korea deepfake porn crackdown: regulators`)).toMatchObject({ 'S. Korea': 'PLACE South Korea' });
    expect(canonicals(`according to a 2023 global report on deepfakes by Security Hero, a U.S. startup specializing in identity theft protection.`)).toEqual({
      'Security Hero': 'ORG Security Hero',
      'U.S.': 'PLACE United States',
    });
  });

  it('splits a title between an organisation and a person (seed 002)', () => {
    expect(canonicals(`The investigation marks a significant step beyond the earlier comments from National Police Agency Commissioner Cho Ji-ho, who stated on Monday that his agency was considering whether to investigate. … In a recent parliamentary session, Cho addressed the challenges.`)).toEqual({
      'National Police Agency': 'ORG National Police Agency',
      'Cho Ji-ho': 'PERSON Cho Ji-ho',
      Cho: 'PERSON Cho Ji-ho',
    });
  });

  it('resolves "President Yoon" and a surname to the full name, surname first for Korean names (seed 003)', () => {
    expect(canonicals(`The president of South Korea, Yoon Suk Yeol, has demanded a thorough inquiry into digital sex offences. President Yoon underlined during a Cabinet meeting how urgent it is.`)).toEqual({
      'South Korea': 'PLACE South Korea',
      'Yoon Suk Yeol': 'PERSON Yoon Suk Yeol',
      Yoon: 'PERSON Yoon Suk Yeol',
    });
  });

  it('resolves a surname that comes before the full name', () => {
    // constructed: the order of two sentences of seed 000 reversed
    expect(canonicals(`Durov has since been charged. The discovery in South Korea follows the arrest of Telegram’s Russian founder Pavel Durov in France.`)).toMatchObject({
      Durov: 'PERSON Pavel Durov',
      'Pavel Durov': 'PERSON Pavel Durov',
    });
  });

  it('treats an unknown name used repeatedly mid-sentence as an organisation, but not one seen once', () => {
    const seed = `In recent weeks, a large number of chatrooms on Telegram were found to have created pornographic “deepfakes”. Authorities said Telegram has since removed the videos from its platform.`;
    expect(canonicals(seed)).toEqual({ Telegram: 'ORG Telegram' });
    expect(canonicals(`In recent weeks, a large number of chatrooms on Telegram were found to have created pornographic “deepfakes”.`)).toEqual({});
  });

  it('keeps an ethnic list before "Autonomous County" as one place, named later by its first word (gansu-quake-2023 fixture)', () => {
    const text = readFileSync(join(FIXTURES, 'gansu-quake-2023/xinhua-2023-12-19-toll-111.txt'), 'utf8');
    const named = canonicals(text);
    const county = "Jishishan Bao'an, Dongxiang, Sala Autonomous County";
    expect(named).toMatchObject({
      [county]: `PLACE ${county}`,
      Jishishan: `PLACE ${county}`,
      JISHISHAN: `PLACE ${county}`,
      'Chenjia Village': 'PLACE Chenjia Village',
      'Liugou Township': 'PLACE Liugou Township',
      XINING: 'PLACE Xining',
      'Ma Xiping': 'PERSON Ma Xiping',
    });
    // no piece of the county's name, no dateline month
    for (const wrong of ["Jishishan Bao'an", 'Dongxiang', 'Dec.']) expect(named[wrong]).toBeUndefined();
  });

  it('never takes a place word and another word for a person (constructed from the fixture wording)', () => {
    expect(canonicals(`The quake struck Jishishan county on Monday. Rescuers reached Jishishan Bao'an by night.`)).toEqual({
      Jishishan: 'PLACE Jishishan',
    });
  });

  it('drops month and weekday abbreviations with their period (constructed dateline)', () => {
    expect(canonicals(`WASHINGTON, Tues., Sept. 3 (Reuters) - Officials met on Wed. and again on Thurs., Jan. 9.`)).toEqual({
      WASHINGTON: 'PLACE Washington',
      Reuters: 'ORG Reuters',
    });
  });

  it('reads "Jun" after a Chinese or Korean surname as a given name (gansu-quake-2023 fixture credit line)', () => {
    expect(canonicals(`(Web editor: Zhang Kaiwei, Liang Jun)`)).toEqual({
      'Zhang Kaiwei': 'PERSON Zhang Kaiwei',
      'Liang Jun': 'PERSON Liang Jun',
    });
  });

  it('uses lower-case evidence: a word seen in lower case elsewhere is a common word', () => {
    // constructed from seed 003 wording
    expect(canonicals(`Deepfake pornography is becoming more prevalent. The deepfake crisis grew. Officials warned about Deepfake crimes and Deepfake videos.`)).toEqual({});
  });
});
