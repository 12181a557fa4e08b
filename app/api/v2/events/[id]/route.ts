import { handleGetEvent } from "@/server/api/rest/events/get-event";

export const GET = handleGetEvent;
