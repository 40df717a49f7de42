import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { SearchArgs } from './search.args';
import { SearchResultModel } from './search-result.model';
import { SearchService } from './search.service';

@Resolver(() => SearchResultModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Allow(Permission.ViewFeed)
  @Query(() => [SearchResultModel], {
    description:
      'French full-text search across posts, comments and the directory of the current association, best first.',
  })
  search(@Args() args: SearchArgs, @Member() member: CurrentMember): Promise<SearchResultModel[]> {
    return this.searchService.search(member, args.query, args.first);
  }
}
