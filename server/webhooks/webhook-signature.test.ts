import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, webhookHeaders } from "./webhook-signature";

describe("webhook signatures", () => {
  it("are verified by the standardwebhooks library, with either secret during a rotation", () => {
    const [oldSecret, newSecret] = [newWebhookSecret(), newWebhookSecret()];
    expect(oldSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ id: "msg_1", type: "customer.created", data: { a: 1 } });
    const headers = webhookHeaders([newSecret, oldSecret], { id: "msg_1", body });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(body, headers)).toMatchObject({ id: "msg_1" });
    expect(new Webhook(newSecret).verify(body, headers)).toMatchObject({ id: "msg_1" });
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(oldSecret).verify(body.replace("1}", "2}"), headers)).toThrow();
    expect(() => new Webhook(oldSecret).verify(body, { ...headers, "webhook-id": "msg_2" })).toThrow();
  });
});
