/**
 * A quick look at the start of a text: does it open like a feed (RSS, Atom, RDF, JSON Feed)? Only a
 * hint, for telling a feed file or URL from an article; parseFeedItems decides.
 */
export function looksLikeFeed(head: string): boolean {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(start);
  if (!start.startsWith("<")) return false;
  // The first element that is not a declaration, a comment or a processing instruction.
  const root = /<(rss|feed|rdf:RDF|html|!DOCTYPE html)[\s>]/i.exec(start);
  return root !== null && !/^(html|!doctype html)$/i.test(root[1]!);
}
