const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

const ROLE_NAMES: Record<string, string> = { MEMBER: 'Member', STAFF: 'Staff', ADMIN: 'Admin' };

export function roleName(role: string): string {
  return ROLE_NAMES[role] ?? role;
}
