import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { liveLink } from './live/live-link';
import { authLink } from './session/auth-link';

interface ConnectionShape {
  edges: unknown[];
}

// Cursor pages: a request with `after` appends to what is cached for the same other arguments;
// one without `after` starts over (a refetch after a change replaces the list).
function cursorPages(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Subscriptions go over the WebSocket (it carries its own token); everything else over HTTP.
    link: ApolloLink.split(isSubscription, liveLink, ApolloLink.from([authLink, new HttpLink({ uri: '/graphql' })])),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            threads: cursorPages(['filter', 'sort']),
            articles: cursorPages(['categoryId']),
            reviewQueue: cursorPages(['status']),
            moderationLog: cursorPages(['filter']),
            // The menu's short list and the page's list are kept apart by their page size.
            notifications: cursorPages(['unreadOnly', 'first']),
            webcareQueue: cursorPages(['view', 'teamId', 'filter']),
          },
        },
        Thread: { fields: { answers: cursorPages(false) } },
        User: { fields: { reputationHistory: cursorPages(false), questions: cursorPages(false), answers: cursorPages(false) } },
        // Results of a mutation, not entities: keep them inside their parent.
        VoteResult: { keyFields: false },
        // A member's own state on a thread page, one per thread; votes live inside it.
        ThreadViewerState: { keyFields: ['threadId'] },
        PostVote: { keyFields: false },
        MarkdownPreview: { keyFields: false },
        // Search results are per query: a hit's highlighted title must not overwrite another's.
        SearchResult: { keyFields: false },
        SearchHit: { keyFields: false },
        SearchFacets: { keyFields: false },
        PageInfo: { keyFields: false },
        // One per kind: a saved preference updates the list it came from.
        NotificationPreference: { keyFields: ['kind'] },
      },
    }),
  });
}
