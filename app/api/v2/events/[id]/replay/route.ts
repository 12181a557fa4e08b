import { handleReplayEvent } from "@/server/api/rest/events/replay-event";

export const POST = handleReplayEvent;
