import { handleSendTestEvent } from "@/server/api/rest/webhook-endpoints/send-test-event";

export const POST = handleSendTestEvent;
