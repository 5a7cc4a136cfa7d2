import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/entities/index.js';
import { NEGATIVE_CASES } from './entities.negative.cases.js';
import { splitDocument } from './entities.seeds.js';

describe('entities: negative cases (must not be entities)', () => {
  it('has at least 30 cases', () => {
    expect(NEGATIVE_CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of NEGATIVE_CASES) {
    it(`${c.text.slice(0, 80)}${c.none ? ' (no entity)' : ` (not: ${c.forbidden.join(', ')})`}`, () => {
      const mentions = extractEntities(splitDocument(c.text, false), { doc: 'negative', text: c.text, published: null });
      const hits: string[] = [];
      for (const forbidden of c.forbidden) {
        expect(c.text.includes(forbidden)).toBe(true);
        for (let at = c.text.indexOf(forbidden); at >= 0; at = c.text.indexOf(forbidden, at + 1)) {
          for (const m of mentions) if (m.start < at + forbidden.length && at < m.end) hits.push(`${forbidden} -> ${m.text} (${m.label})`);
        }
      }
      if (c.none) hits.push(...mentions.map((m) => `${m.text} (${m.label})`));
      expect(hits).toEqual([]);
    });
  }
});
