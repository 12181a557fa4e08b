import "server-only";
export const PORTAL_HOME = "/portal";

const BASE = "http://linx.invalid";

/**
 * Where to go after signing in: a Portal path (or an invitation) on this site, never another host (no open
 * redirect). Relative, so the browser stays on the host the user typed.
 */
export const safeCallbackPath = (value: unknown): string => {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\"))
    return PORTAL_HOME;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return PORTAL_HOME;
  }
  if (url.origin !== BASE) return PORTAL_HOME;
  // The Portal, or back to an invitation that asked its invitee to sign in first.
  if (
    url.pathname !== PORTAL_HOME &&
    !url.pathname.startsWith(`${PORTAL_HOME}/`) &&
    !/^\/invite\/[A-Za-z0-9_-]{43}$/.test(url.pathname)
  )
    return PORTAL_HOME;
  return `${url.pathname}${url.search}`;
};
