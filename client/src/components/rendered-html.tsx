/**
 * Post bodies arrive as HTML rendered from Markdown and sanitized by the server (DESIGN: raw HTML
 * from users never reaches a page), so it is inserted as is.
 */
export function RenderedHtml({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose ${className}`.trim()} dangerouslySetInnerHTML={{ __html: html }} />;
}
