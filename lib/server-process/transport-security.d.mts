export const STRICT_TRANSPORT_SECURITY: string;
export function strictTransportSecurityFor(siteUrl: string | undefined): string | null;
