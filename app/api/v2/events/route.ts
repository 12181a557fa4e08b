import { handleListEvents } from "@/server/api/rest/events/list-events";

export const GET = handleListEvents;
