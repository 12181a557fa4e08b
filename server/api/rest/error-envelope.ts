import { z } from "zod";
import { ERROR_STATUS, type AppErrorCode } from "@/server/errors";

const codes = Object.keys(ERROR_STATUS) as [AppErrorCode, ...AppErrorCode[]];

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.enum(codes).meta({
        description: "One of the AppError codes, UPPER_SNAKE_CASE; each always comes with the same HTTP status.",
      }),
      message: z.string().meta({ description: "For people; do not parse it." }),
      details: z
        .union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))])
        .optional()
        .meta({
          description:
            'For validation errors (422) a list of `{ in: "body"|"query", field, message }`, one per failing field. ' +
            'Idempotency refusals carry `{ reason: "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_USE" }`.',
        }),
    }),
  })
  .meta({ id: "Error", description: "Every error response has this shape." });
