import { randomInt } from "node:crypto";

/** A valid US number unlikely to collide with another test's (opt-outs are global, not per business). */
export const testPhoneNumber = () => `+1415555${String(randomInt(0, 10_000)).padStart(4, "0")}`;
