import { z } from "zod";
import { objectId } from "@/server/contracts/object-id";

/** `{id}` in a path: an id that cannot exist is a 404, like one that does not. */
export const objectIdParams = z.object({ id: objectId });

/** `?createdFrom=` / `?createdTo=`: an ISO 8601 date-time, or a date meaning its midnight UTC. */
export const isoInstantQuery = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((text) => new Date(text));
