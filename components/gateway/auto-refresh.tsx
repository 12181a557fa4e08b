/**
 * Asks the page's script (gateway-script.ts) to load the page again every few seconds while it is
 * visible, for a while, so a status moves on its own. Without JavaScript the page's refresh link
 * does the same.
 */
export const AutoRefresh = () => <span hidden data-auto-refresh="" />;
