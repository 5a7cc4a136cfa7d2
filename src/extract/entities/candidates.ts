// Candidate spans: runs of capitalised words ("Korea Communications Standards Commission"), joined
// across "of", "and", "for" and name particles only where the result is one name.
import { gazetteerLookup, MISC_SUFFIX, NAME_PARTICLES, ORG_OF_HEADS, ORG_ON_HEADS, ORG_SUFFIX, PLACE_OF_HEADS, TITLES } from './gazetteer.js';
import { HYPHEN_ADJECTIVE, joins, type Token } from './tokens.js';
import { looksCommon } from './words.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', ...NAME_PARTICLES]);

/** A token that can be part of a name: capitalised, and no digits unless the gazetteer knows it ("G20"). */
export function isNameToken(t: Token): boolean {
  if (!t.cap) return false;
  // "Iran-backed", "Seoul-based": adjectives made from names stand outside names
  if (HYPHEN_ADJECTIVE.test(t.text)) return false;
  if (t.hasDigit) return gazetteerLookup(t.text) !== undefined;
  return true;
}

const PLURAL_POSSESSORS = new Set(['people', 'workers', 'women', 'children', 'farmers', 'citizens', 'veterans', 'nations', 'men', 'peoples']);
const PARTICLE_START = new Set(['von', 'van', 'de', 'der', 'del', 'della', 'di', 'du', 'da', 'dos', 'bin', 'ibn', 'al', 'el', 'le', 'la']);

// Multi-word titles that contain "of": "Secretary of State", "Chief of Staff".
const TITLES_WITH_OF = TITLES.filter((t) => t.includes('of')).map((t) => t.join(' '));

/**
 * The longest run of words taken as one candidate. Real names and organisations have at most a dozen
 * words ("Federative Republic of Brazil Vice President Geraldo Alckmin" has eight) and headlines a
 * few more; a longer run (a Title Case line of thousands of words, names back to back) is cut into
 * runs of this length, so that classifying a run, which looks at every part of it, costs a bounded
 * amount per word.
 */
export const MAX_CHAIN_TOKENS = 24;

/** "von der Leyen", "de Bruyne": a surname may start with its particle. */
function particleStart(tokens: Token[], i: number): boolean {
  const text = tokens[i]!.text;
  if (text.length > 5 || !PARTICLE_START.has(text)) return false;
  const next = tokens[i + 1];
  if (next === undefined || !joins(next)) return false;
  return isNameToken(next) || (PARTICLE_START.has(next.text) && tokens[i + 2] !== undefined && isNameToken(tokens[i + 2]!));
}

/** Maximal runs of name tokens in a sentence, connectors included (validated by `splitConnectors`), at most MAX_CHAIN_TOKENS long. */
export function buildChains(tokens: Token[]): Token[][] {
  const chains: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isNameToken(first) && !particleStart(tokens, i)) {
      i++;
      continue;
    }
    // the chain is tokens[i..j): its words are consecutive
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_CHAIN_TOKENS) {
      const last = tokens[j - 1]!;
      // "Tigray People’s Liberation Front", "People's Daily": a plural's possessive inside a name
      if (last.beforeCurrency || (last.possessive && !(PLURAL_POSSESSORS.has(last.lower) && tokens[j] !== undefined && isNameToken(tokens[j]!)))) break;
      const t = tokens[j]!;
      if (!joins(t, last)) break;
      if (isNameToken(t)) {
        j++;
        continue;
      }
      if (CONNECTORS.has(t.text)) {
        // at most two connectors, then a name word
        let k = j;
        while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k]!.text) && joins(tokens[k]!)) k++;
        const after = tokens[k];
        if (after && joins(after) && isNameToken(after) && k + 1 - i <= MAX_CHAIN_TOKENS) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    chains.push(tokens.slice(i, j));
    i = j;
  }
  return chains;
}

const isConnector = (t: Token, i = 1): boolean => !t.cap && CONNECTORS.has(t.text) && !(i === 0 && PARTICLE_START.has(t.text));

/**
 * Splits a chain at connectors that join two names rather than make one: "Reuters and Yonhap" splits,
 * "Ministry of Education", "Korean Teachers and Education Workers Union" and "Mohammed bin Salman" stay.
 */
export function splitConnectors(chain: Token[]): Token[][] {
  if (!chain.some((t, i) => isConnector(t, i) || t.gap === ' & ')) return [chain];
  const lastWord = chain[chain.length - 1]!.lower;
  const endsInstitution = ORG_SUFFIX.has(lastWord) || MISC_SUFFIX.has(lastWord);
  const out: Token[][] = [];
  let current: Token[] = [];
  let hasOfHead = false;
  for (let i = 0; i < chain.length; i++) {
    const t = chain[i]!;
    if (!isConnector(t, i)) {
      // "Joyce Lee & Heekyong Yang" are two people; "Johnson & Johnson", "Cape Investment & Securities" one name
      if (t.gap === ' & ' && current.length) {
        const rightLen = chain.length - i;
        if (!(endsInstitution || (current.length === 1 && rightLen === 1))) {
          out.push(current);
          current = [];
        }
      }
      current.push(t);
      continue;
    }
    // the connector group and the name word after it
    const group: Token[] = [];
    let k = i;
    while (k < chain.length && isConnector(chain[k]!, k)) group.push(chain[k++]!);
    const words = group.map((g) => g.text);
    const prev = current[current.length - 1];
    const next = chain[k];
    let keep = false;
    if (words.every((w) => NAME_PARTICLES.has(w) && w !== 'the')) {
      keep = true;
    } else if (words[0] === 'on') {
      keep = ORG_ON_HEADS.has(prev?.lower ?? '');
      if (keep) hasOfHead = true;
    } else if (words[0] === 'of' || words[0] === 'for') {
      const head = prev?.lower ?? '';
      // "Secretary of State", "Inspector General of Police": a title that contains "of"
      const titled = next !== undefined && TITLES_WITH_OF.some((t) => ` ${t} `.includes(` ${head} ${words.join(' ')} ${next.lower} `));
      keep = ORG_OF_HEADS.has(head) || PLACE_OF_HEADS.has(head) || titled;
      if (keep && !titled) hasOfHead = true;
    } else if (words[0] === 'and' && words.length === 1) {
      const leftKnown = gazetteerLookup(current.map((c) => c.text).join(' ')) !== undefined;
      const rightKnown = next !== undefined && gazetteerLookup(next.text) !== undefined && !endsInstitution;
      // "Ministry of Trade and Industry": the portfolio after "and" is an ordinary word ending the chain
      const portfolio = hasOfHead && k === chain.length - 1 && next !== undefined && looksCommon(next.lower);
      keep = (endsInstitution || portfolio) && !leftKnown && !rightKnown;
    }
    if (keep) {
      current.push(...group);
    } else {
      if (current.length) out.push(current);
      current = [];
      hasOfHead = false;
    }
    i = k - 1;
  }
  if (current.length) out.push(current);
  return out;
}
