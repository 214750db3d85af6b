import type { Store } from "../src/store/store.js";

/** How many articles a store holds, walked a page at a time through the reader's cursor. */
export async function countStoredArticles(store: Pick<Store, "listArticles">): Promise<number> {
  let articles = 0;
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store["listArticles"]>> = await store.listArticles({ limit: 1000, cursor });
    articles += page.items.length;
    cursor = page.next;
  } while (cursor);
  return articles;
}
