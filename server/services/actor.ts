import "server-only";
// Who is asking. Every service takes one, so audit entries and authorization read the same thing.
export type Actor =
  | { type: "USER"; id: string; ipAddress?: string }
  | { type: "API_KEY"; id: string; ipAddress?: string }
  | { type: "CUSTOMER"; id?: string; ipAddress?: string }
  | { type: "SYSTEM"; id?: undefined; ipAddress?: undefined };

export const SYSTEM: Actor = { type: "SYSTEM" };

export const describeActor = (actor: Actor) => (actor.id ? `${actor.type.toLowerCase()}:${actor.id}` : "system");
