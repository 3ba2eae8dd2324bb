export type Role = 'MEMBER' | 'STAFF' | 'ADMIN';

/** The signed-in account a request acts as. Visitors have no actor. */
export interface Actor {
  id: string;
  role: Role;
  displayName: string;
  reputation: number;
}

const RANK: Record<Role, number> = { MEMBER: 0, STAFF: 1, ADMIN: 2 };

/** ADMIN includes STAFF includes MEMBER. */
export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return !!actor && RANK[actor.role] >= RANK[role];
}

export const isStaff = (actor: Actor | null | undefined): boolean => hasRole(actor, 'STAFF');
