/**
 * A small BM25F index: one document per topic, several weighted fields.
 *
 * Why our own and not MiniSearch or FlexSearch: the whole corpus is 34 topics, so the index is a
 * few hundred lines of arithmetic and needs no dependency; Chinese needs tokenisation we control
 * (bigrams plus segmenter words, see `tokenise.ts`), which those libraries only allow through
 * plug-ins with their own assumptions about words; and confidence needs the raw parts of the
 * score (IDF per term, which terms matched which topic), which a library's ranked list hides.
 * With everything precomputed at build time a query is a handful of map look-ups.
 *
 * BM25F rather than plain BM25: a word in a topic's title or keywords is stronger evidence than
 * the same word somewhere in a long answer, so each field's term frequency is weighted and
 * length-normalised on its own before the usual saturation.
 */

export interface FieldSpec {
  /** How much one occurrence in this field counts relative to others. */
  weight: number;
  /** Length normalisation (0: none, 1: full). Short fields such as titles need little. */
  b: number;
}

export interface Scored {
  doc: number;
  score: number;
}

/** k1: how fast repeated occurrences stop adding score. 1.2 is the textbook value. */
const K1 = 1.2;

export class Bm25Index<F extends string> {
  private readonly docs: Array<Record<F, string[]>> = [];
  private readonly postings = new Map<string, Array<{ doc: number; tf: number }>>();
  private readonly idfs = new Map<string, number>();
  private readonly docTerms: Array<Map<string, Set<F>>> = [];

  constructor(private readonly fields: Record<F, FieldSpec>) {}

  /** Adds a document (its terms per field) and returns its number. Call before {@link build}. */
  add(fields: Record<F, string[]>): number {
    this.docs.push(fields);
    return this.docs.length - 1;
  }

  /** Computes weighted term frequencies and IDF. The index is read-only afterwards. */
  build(): this {
    const names = Object.keys(this.fields) as F[];
    const avg = new Map<F, number>();
    for (const f of names) {
      const total = this.docs.reduce((sum, d) => sum + d[f].length, 0);
      avg.set(f, Math.max(1, total / Math.max(1, this.docs.length)));
    }
    this.docs.forEach((doc, i) => {
      const weighted = new Map<string, number>();
      const where = new Map<string, Set<F>>();
      for (const f of names) {
        for (const term of doc[f]) where.set(term, (where.get(term) ?? new Set<F>()).add(f));
        const { weight, b } = this.fields[f];
        const norm = 1 - b + (b * doc[f].length) / (avg.get(f) ?? 1);
        for (const term of doc[f]) weighted.set(term, (weighted.get(term) ?? 0) + weight / norm);
      }
      this.docTerms.push(where);
      for (const [term, tf] of weighted) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc: i, tf });
        this.postings.set(term, list);
      }
    });
    const n = this.docs.length;
    for (const [term, list] of this.postings) {
      this.idfs.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
    }
    return this;
  }

  get size(): number {
    return this.docs.length;
  }

  /** IDF of a term, or undefined when no document has it. */
  idf(term: string): number | undefined {
    return this.idfs.get(term);
  }

  /** Whether document `doc` contains `term` in any field, or in one of `fields` if given. */
  has(doc: number, term: string, fields?: readonly F[]): boolean {
    const found = this.docTerms[doc]?.get(term);
    if (!found) return false;
    return fields ? fields.some((f) => found.has(f)) : true;
  }

  /** Scores every document with at least one query term, best first. */
  search(query: ReadonlyMap<string, number>): Scored[] {
    const scores = new Float64Array(this.docs.length);
    for (const [term, qWeight] of query) {
      const idf = this.idfs.get(term);
      const list = this.postings.get(term);
      if (idf === undefined || !list) continue;
      for (const { doc, tf } of list) {
        scores[doc] = (scores[doc] ?? 0) + (qWeight * idf * tf * (K1 + 1)) / (tf + K1);
      }
    }
    const out: Scored[] = [];
    scores.forEach((score, doc) => {
      if (score > 0) out.push({ doc, score });
    });
    return out.sort((a, b) => b.score - a.score);
  }
}
