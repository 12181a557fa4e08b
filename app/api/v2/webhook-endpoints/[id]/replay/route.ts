import { handleReplayFailedDeliveries } from "@/server/api/rest/webhook-endpoints/replay-failed-deliveries";

export const POST = handleReplayFailedDeliveries;
