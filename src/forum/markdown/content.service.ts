import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MarkdownRenderer, mentionCandidates } from './markdown.renderer.js';

export interface RenderedContent {
  html: string;
  /** Ids of the existing accounts the text mentions with @displayName. */
  mentionIds: string[];
}

/** Renders post Markdown, resolving @mentions against existing accounts (one query). */
@Injectable()
export class ContentService {
  private readonly renderer = new MarkdownRenderer();

  async render(em: EntityManager, source: string): Promise<RenderedContent> {
    const candidates = mentionCandidates(source);
    const users: Array<{ id: string; display_name: string }> = candidates.length
      ? await em.query(`SELECT id, display_name FROM users WHERE lower(display_name) = ANY($1::text[])`, [candidates])
      : [];
    const known = new Map(users.map((u) => [u.display_name.toLowerCase(), u.display_name]));
    return { html: this.renderer.render(source, known), mentionIds: users.map((u) => u.id) };
  }
}
