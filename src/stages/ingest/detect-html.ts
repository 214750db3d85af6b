/** True when text is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.includes("<html")) return true;
  // A fragment: several block tags near the start.
  const tags = head.match(/<(?:p|div|article|body|head|meta|title|h[1-6]|section|span|a|br)\b[^<>]*>/g) ?? [];
  return tags.length >= 2;
}

/** The charset a page declares in a <meta> tag, for bytes fetched without an HTTP charset. */
export function findMetaCharset(bytesHead: string): string | undefined {
  const m = /<meta[^<>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytesHead);
  return m?.[1];
}
