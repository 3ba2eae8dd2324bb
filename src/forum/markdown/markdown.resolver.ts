import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { BadInputError } from '../../common/errors/domain-errors.js';
import { Tx } from '../../database/tx.js';
import { ContentService } from './content.service.js';

@ObjectType('MarkdownPreview')
export class MarkdownPreviewType {
  @Field() html: string;
}

@Resolver()
export class MarkdownResolver {
  constructor(
    private readonly content: ContentService,
    private readonly tx: Tx,
  ) {}

  @Query(() => MarkdownPreviewType, { description: 'Server-rendered, sanitized preview for the editors' })
  async markdownPreview(@Args('body') body: string): Promise<MarkdownPreviewType> {
    if (body.length > 30000) throw BadInputError.field('body', 'at most 30000 characters');
    return { html: (await this.content.render(this.tx.em, body)).html };
  }
}
