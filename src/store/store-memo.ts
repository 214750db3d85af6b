/**
 * What a SQLite store's connection keeps in memory across the batches of a run (issue 8 item 6): the
 * identity rule's candidate rows (src/store/candidate-index.ts) and the articles' SimHash bands
 * (src/store/simhash-index.ts), read from the store once instead of again for every article.
 *
 * It holds what this connection has read and written, so it stays true only while nothing else
 * changes the store. The store (src/store/kysely-store.ts) therefore uses it only inside a batch's
 * transaction, which holds SQLite's write lock, and:
 * - at the start of each batch compares SQLite's `data_version` (it changes when another connection
 *   has committed) and drops the candidate rows if it moved (articles are only added: the SimHash
 *   index reads the new ones);
 * - updates it with every event and article its saves write;
 * - clears it when a write of its own is rolled back, and before a write it does not track (an
 *   analyst's split, merge or correction; any write outside a batch).
 * PostgreSQL has no such memo: other workers write between any two statements.
 */
import { CandidateIndex } from "./candidate-index.js";
import { SimhashIndex } from "./simhash-index.js";

export class StoreMemo {
  readonly candidates = new CandidateIndex();
  readonly simhashes = new SimhashIndex();
  /** Articles added by another connection may be missing from the SimHash index: read those after its last. */
  simhashesBehind = true;
  private dataVersion: number | undefined;

  /** Called inside a batch's transaction with SQLite's `data_version`. */
  sync(dataVersion: number): void {
    if (dataVersion !== this.dataVersion) {
      this.candidates.clear();
      this.simhashesBehind = true;
    }
    this.dataVersion = dataVersion;
  }

  clear(): void {
    this.candidates.clear();
    this.simhashes.clear();
    this.simhashesBehind = true;
  }
}
