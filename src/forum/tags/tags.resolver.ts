import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { TagType } from './tag.type.js';
import { TagsService } from './tags.service.js';
import { BadInputError } from '../../common/errors/domain-errors.js';

@Resolver(() => TagType)
export class TagsResolver {
  constructor(private readonly tagsService: TagsService) {}

  @Query(() => [TagType], { description: 'Tags by name prefix, most used first (for pickers)' })
  tags(@Args('prefix', { nullable: true }) prefix?: string, @Args('first', { type: () => Int, defaultValue: 20 }) first = 20): Promise<TagType[]> {
    if (first < 1 || first > 100) throw BadInputError.field('first', 'must be 1 to 100');
    if (prefix && prefix.length > 35) throw BadInputError.field('prefix', 'at most 35 characters');
    return this.tagsService.search(prefix, first);
  }
}
