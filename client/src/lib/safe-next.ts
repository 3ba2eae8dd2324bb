/** Only same-site paths: `?next=//evil.example` or `?next=https://…` must not send people away. */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
