import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useSession } from './session-context';

// Kept apart from `Me`: the sign-in payload seeds `Me`, and it carries no certifications.
const ViewerScopeDocument = graphql(`
  query ViewerScope {
    me {
      id
      role
      reputation
      certifications {
        id
        active
        category {
          id
          name
        }
      }
    }
    reputationRules {
      privileges {
        flag
        voteClose
        editOthers
      }
    }
  }
`);

export interface ViewerScope {
  signedIn: boolean;
  /** Visitors, or members whose role and certifications have loaded. */
  ready: boolean;
  viewerId: string | null;
  isStaff: boolean;
  isAdmin: boolean;
  /** Categories where the viewer is a certified expert (and so moderates). */
  expertCategoryIds: string[];
  /** Staff everywhere, experts in their categories: what the server checks before moderation. */
  moderates(categoryId: string): boolean;
  /** Moderates somewhere: the review queue has something for them. */
  moderatesAny: boolean;
  may(privilege: 'flag' | 'voteClose' | 'editOthers'): boolean;
}

export function useViewerScope(): ViewerScope {
  const { signedIn } = useSession();
  const { data } = useQuery(ViewerScopeDocument, { skip: !signedIn });
  const me = signedIn ? data?.me : undefined;
  const isStaff = me?.role === 'STAFF' || me?.role === 'ADMIN';
  const expertCategoryIds = me?.certifications.filter((c) => c.active).map((c) => c.category.id) ?? [];
  const thresholds = data?.reputationRules.privileges;
  return {
    signedIn,
    ready: !signedIn || !!me,
    viewerId: me?.id ?? null,
    isStaff,
    isAdmin: me?.role === 'ADMIN',
    expertCategoryIds,
    moderates: (categoryId) => isStaff || expertCategoryIds.includes(categoryId),
    moderatesAny: isStaff || expertCategoryIds.length > 0,
    may: (privilege) => !!me && !!thresholds && (isStaff || me.reputation >= thresholds[privilege]),
  };
}
