/** Set by proxy.ts on requests for a Gateway page (and removed from every other request): the link's token, for the root layout's <html lang>. */
export const LINK_TOKEN_HEADER = "x-linx-link-token";
