// The seed corpus, claims written by hand (seed-claims.ts), scored against the gold pairs: both
// conflicts found, all six agreements, the two distinct pairs not called conflicts, nothing else
// called a conflict. The same check on the real pipeline output is in e2e-seeds.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import { goldPairs, scorePairs } from './gold-pairs.js';
import { fixtures, root, seedClaims, seedConversionMentions } from './seed-claims.js';

const pairs = goldPairs(path.join(root, 'test/gold/seeds.jsonl'));

describe('seed corpus, hand-built claims', () => {
  const claims = seedClaims();
  const groups = groupClaims(claims, { mentions: seedConversionMentions(claims) });

  it('has the ten gold pairs', () => {
    expect(pairs).toHaveLength(10);
  });

  for (const r of scorePairs(pairs, groups, fixtures)) {
    it(`${r.pair.verdict}: ${r.pair.topic}`, () => {
      expect(r.ok, `got ${r.got.join(',') || 'no shared group'}`).toBe(true);
    });
  }

  it('calls nothing else a conflict', () => {
    const conflicts = groups.filter((g) => g.verdict === 'conflict');
    expect(conflicts.map((g) => g.members.map((m) => `${m.doc.slice(0, 3)}:${m.text}`))).toEqual([
      ['000:In 2019', '001:In 2020'],
      ['000:42 years', '001:40 years'],
    ]);
  });

  it('puts conflicts first, then agreements, then singles; each by first member', () => {
    const rank = { conflict: 0, agree: 1, single: 2 };
    for (let i = 1; i < groups.length; i++) {
      const a = groups[i - 1]!, b = groups[i]!;
      expect(rank[a.verdict] <= rank[b.verdict]).toBe(true);
      if (a.verdict === b.verdict) expect(a.members[0]!.doc < b.members[0]!.doc || (a.members[0]!.doc === b.members[0]!.doc && a.members[0]!.start <= b.members[0]!.start)).toBe(true);
    }
  });

  it('is deterministic: the same groups and ids whatever the input order', () => {
    const shuffled = [...claims].reverse();
    for (let i = 0; i < shuffled.length; i += 3) shuffled.push(shuffled.splice(i, 1)[0]!);
    expect(groupClaims(shuffled, { mentions: seedConversionMentions(claims) })).toEqual(groups);
  });

  it('gives members the offsets of the compared span', () => {
    for (const g of groups) {
      for (const m of g.members) {
        const c = claims.find((x) => x.claim_id === m.claim_id)!;
        expect(c.text.slice(m.start - c.start, m.end - c.start)).toBe(m.text);
        expect(m.sentence).toBe(c.text);
      }
    }
  });

  it('every reason says why', () => {
    const [event, sentence] = groups;
    expect(event!.reason).toBe('"In 2019" vs "In 2020": dated 2019 and 2020; shared words: discover, blackmail, ring, sex');
    expect(sentence!.topic).toBe('Cho Ju-bin · prison, sentence · year');
    expect(sentence!.reason).toMatch(/^"42 years" vs "40 years": 4\.8% apart; same subject Cho Ju-bin; same predicate sentence/);
    for (const g of groups) expect(g.reason.length).toBeGreaterThan(10);
  });
});
