/** Records as JSON Lines: one JSON object a line, as they come. */
export async function* jsonLines<T>(records: AsyncIterable<T> | Iterable<T>): AsyncGenerator<string> {
  for await (const r of records) yield `${JSON.stringify(r)}\n`;
}
