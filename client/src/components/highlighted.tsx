/**
 * Search titles and snippets: the API escapes the text and adds only <mark> around matched words,
 * so these two fields (and nothing else) are inserted as HTML.
 */
export function Highlighted({ html, as: Tag = 'span', className }: { html: string; as?: 'span' | 'p'; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
