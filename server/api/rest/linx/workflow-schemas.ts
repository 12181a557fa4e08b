import { z } from "zod";
import { WorkflowStatus } from "@/server/generated/prisma/enums";
import { zEmailAddress } from "@/server/mail/email-address";
import { zPhoneNumber } from "@/server/sms/phone-number";
import { ZCreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { ZMoveMoneyParameters, ZSteps } from "@/server/contracts/workflows/step-parameters";
import { ZWorkflowDto, ZWorkflowStepDto } from "@/server/services/workflows/workflow-dto";
import { ZNotificationDto } from "@/server/services/notifications/notification-dto";
import { pageOf, paginationQuery } from "@/server/api/rest/pagination";
import { objectId } from "@/server/contracts/object-id";
import { isoInstantQuery } from "./object-id";

const WorkflowStepDto = ZWorkflowStepDto.meta({ id: "WorkflowStep" });

export const WorkflowDto = ZWorkflowDto.extend({ steps: z.array(WorkflowStepDto) }).meta({
  id: "Workflow",
  description: "A LinX request. The customer's link is never part of it: LinX texts it to the customer.",
});

export const CreatedWorkflowDto = WorkflowDto.extend({
  passcode: z.string().optional().meta({
    description:
      "Only with authentication PASSCODE: the code the customer must enter first. Shown this once; give it to the customer another way than by text.",
  }),
}).meta({ id: "CreatedWorkflow" });

export const WorkflowPageDto = pageOf(WorkflowDto).meta({ id: "WorkflowPage" });

const { title, expireInHours } = ZCreateWorkflowInput.shape;

export const createWorkflowBody = ZCreateWorkflowInput.extend({
  title: title.optional().meta({
    description: "Up to 200 characters. Required with `steps`; with `templateId` it defaults to the template's title.",
  }),
  steps: ZSteps.optional().meta({
    description: "The steps, in the order of the step list. Give either `steps` or `templateId`.",
  }),
  templateId: objectId
    .optional()
    .meta({ description: "Send the current version of this template instead of `steps`." }),
  phoneNumber: zPhoneNumber.optional().meta({
    description:
      "With `templateId`: the customer's mobile number, E.164 (required for a template that texts; kept, not texted, for one that emails).",
  }),
  email: zEmailAddress.optional().meta({
    description:
      "With `templateId` (required for a template whose notification step has channel EMAIL): the customer's email address.",
  }),
  amount: ZMoveMoneyParameters.shape.amount
    .optional()
    .meta({ description: "With `templateId`: replaces the template's move-money amount, e.g. for a bulk collection." }),
}).superRefine((body, ctx) => {
  const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (body.steps && body.templateId) problem("templateId", "give either steps or templateId, not both");
  if (!body.steps && !body.templateId) problem("steps", "give either steps or templateId");
  if (body.steps) {
    if (body.title === undefined) problem("title", "is required with steps");
    if (body.phoneNumber !== undefined)
      problem("phoneNumber", "goes in the notification step's parameters when you give steps");
    if (body.email !== undefined) problem("email", "goes in the notification step's parameters when you give steps");
    if (body.amount !== undefined) problem("amount", "goes in the move-money step's parameters when you give steps");
  }
  if (body.templateId && body.phoneNumber === undefined && body.email === undefined)
    problem("phoneNumber", "is required with templateId (or email, for a template that emails)");
});

export const listWorkflowsQuery = paginationQuery.extend({
  status: z.enum(WorkflowStatus).optional(),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: "A workflow id, a phone number (digits are enough) or words of the title." }),
  createdFrom: isoInstantQuery
    .optional()
    .meta({ description: "Created at or after this instant (ISO 8601; a date means its midnight UTC)." }),
  createdTo: isoInstantQuery
    .optional()
    .meta({ description: "Created before this instant (ISO 8601; a date means its midnight UTC)." }),
  templateId: objectId.optional().meta({ description: "Only workflows sent from this template, any version." }),
});

export const extendWorkflowBody = z.object({
  expireInHours: expireInHours.unwrap().meta({ description: "The link now lapses this many hours from now." }),
});

export const NotificationHistoryDto = z.object({ data: z.array(ZNotificationDto) }).meta({ id: "NotificationHistory" });
