import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { authLink } from './session/auth-link';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
