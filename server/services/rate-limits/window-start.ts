import "server-only";
/** The start of the fixed window `now` falls in: windows are aligned to the epoch (clock minutes, clock hours). */
export const windowStartOf = (now: Date, windowMs: number) => new Date(Math.floor(now.getTime() / windowMs) * windowMs);
