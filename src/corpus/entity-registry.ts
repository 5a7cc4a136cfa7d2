// One name and one id per real entity across the corpus. Documents resolve their own aliases
// ("KCSC" defined in parentheses, "Durov" after "Pavel Durov"); this stage joins what one document
// left short to the full name another document gave ("KCSC" alone in a story that never spells it
// out), and counts documents and mentions for the entities table.
//
// Memory: the registry holds one entry per distinct (label, name) and its aliases, never a list of
// documents: a corpus of millions of articles has tens of millions of (entity, document) pairs. The
// number of documents naming an entity is counted afterwards, one document at a time, from what each
// document named (countDocument), once the corpus-wide names are fixed.
import { hashId } from '../claims/ids.js';
import type { EntityRow, MentionRow } from '../output/schema.js';

interface Entry {
  canonical: string;
  label: string;
  aliases: Set<string>;
  mentions: number;
}

const keyOf = (label: string, canonical: string) => `${label}\u0000${canonical}`;

export class EntityRegistry {
  private entries = new Map<string, Entry>();
  private final: Map<string, string> | null = null;
  /** entity_id -> documents that name it, filled by countDocument */
  private docCounts = new Map<string, number>();

  observe(mentions: MentionRow[]): void {
    this.final = null;
    for (const m of mentions) {
      if (m.type !== 'entity' || !m.label || !m.canonical) continue;
      const key = keyOf(m.label, m.canonical);
      let e = this.entries.get(key);
      if (!e) {
        e = { canonical: m.canonical, label: m.label, aliases: new Set(), mentions: 0 };
        this.entries.set(key, e);
      }
      e.aliases.add(m.text);
      e.mentions++;
    }
  }

  /**
   * One document's entities, by their document-level (label, canonical), after every document has
   * been observed: each corpus-wide entity it names counts it once, however many of its names (an
   * alias merged into a full name) the document used.
   */
  countDocument(entities: Iterable<readonly [label: string, canonical: string, ...rest: unknown[]]>): void {
    const ids = new Set<string>();
    for (const [label, canonical] of entities) ids.add(this.resolve(label, canonical).entity_id);
    for (const id of ids) this.docCounts.set(id, (this.docCounts.get(id) ?? 0) + 1);
  }

  /** Corpus-wide canonical name for a document-level (label, canonical). */
  resolve(label: string, canonical: string): { canonical: string; entity_id: string } {
    const final = this.finalMap();
    const name = final.get(keyOf(label, canonical)) ?? canonical;
    return { canonical: name, entity_id: hashId('e', label, name) };
  }

  private finalMap(): Map<string, string> {
    if (this.final) return this.final;
    // alias (lower case) -> the longer canonicals it was seen as
    const byAlias = new Map<string, Set<string>>();
    for (const e of this.entries.values()) {
      for (const a of e.aliases) {
        const k = keyOf(e.label, a.toLowerCase());
        if (!byAlias.has(k)) byAlias.set(k, new Set());
        byAlias.get(k)!.add(e.canonical);
      }
    }
    const final = new Map<string, string>();
    for (const [key, e] of this.entries) {
      const targets = [...(byAlias.get(keyOf(e.label, e.canonical.toLowerCase())) ?? [])].filter((c) => c !== e.canonical && c.length > e.canonical.length);
      // only an unambiguous target: "Cho" is Cho Ji-ho in one story and Cho Ju-bin in another
      if (targets.length === 1) final.set(key, targets[0]!);
    }
    this.final = final;
    return final;
  }

  table(): EntityRow[] {
    const merged = new Map<string, { canonical: string; label: string; aliases: Set<string>; mentions: number }>();
    for (const e of this.entries.values()) {
      const { canonical, entity_id } = this.resolve(e.label, e.canonical);
      let m = merged.get(entity_id);
      if (!m) {
        m = { canonical, label: e.label, aliases: new Set(), mentions: 0 };
        merged.set(entity_id, m);
      }
      for (const a of e.aliases) m.aliases.add(a);
      m.mentions += e.mentions;
    }
    const rows: EntityRow[] = [...merged.entries()].map(([entity_id, m]) => ({
      entity_id,
      canonical: m.canonical,
      label: m.label as EntityRow['label'],
      aliases: [...m.aliases].sort(),
      docs: this.docCounts.get(entity_id) ?? 0,
      mentions: m.mentions,
    }));
    return rows.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : a.label < b.label ? -1 : 1));
  }
}

/** Rewrite document-level canonicals to corpus-wide ones and fill in entity ids. */
export function applyRegistry(registry: EntityRegistry, mentions: MentionRow[], claims: import('../output/schema.js').ClaimRow[]): void {
  const byName = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'entity' || !m.label || !m.canonical) continue;
    const r = registry.resolve(m.label, m.canonical);
    byName.set(m.canonical, r.canonical);
    m.canonical = r.canonical;
    m.entity_id = r.entity_id;
  }
  for (const c of claims) {
    if (c.subject?.canonical && c.subject.label) c.subject.canonical = registry.resolve(c.subject.label, c.subject.canonical).canonical;
    if (c.attribution?.canonical) c.attribution.canonical = byName.get(c.attribution.canonical) ?? c.attribution.canonical;
  }
}
