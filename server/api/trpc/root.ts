import { createCallerFactory, router } from "./init";
import { createApiKey } from "@/server/api/trpc/routers/api-keys/create";
import { listApiKeys } from "@/server/api/trpc/routers/api-keys/list";
import { revokeApiKey } from "@/server/api/trpc/routers/api-keys/revoke";
import { listAuditLog } from "@/server/api/trpc/routers/audit-log/list";
import { getCustomerProcedure } from "@/server/api/trpc/routers/customers/get";
import { resumeCustomerEmailsProcedure } from "@/server/api/trpc/routers/customers/resume-emails";
import { listCustomersProcedure } from "@/server/api/trpc/routers/customers/list";
import { listCustomerTransactionsProcedure } from "@/server/api/trpc/routers/customers/list-transactions";
import { listCustomerWorkflowsProcedure } from "@/server/api/trpc/routers/customers/list-workflows";
import { listMyBusinesses } from "@/server/api/trpc/routers/business/list-mine";
import { renameBusiness } from "@/server/api/trpc/routers/business/rename";
import { dashboardActivity } from "@/server/api/trpc/routers/dashboard/activity";
import { dashboardSummary } from "@/server/api/trpc/routers/dashboard/summary";
import { addLegalDocumentVersion } from "@/server/api/trpc/routers/legal-documents/add-version";
import { createLegalDocument } from "@/server/api/trpc/routers/legal-documents/create";
import { getLegalDocument } from "@/server/api/trpc/routers/legal-documents/get";
import { listLegalDocuments } from "@/server/api/trpc/routers/legal-documents/list";
import { getSettings } from "@/server/api/trpc/routers/settings/get";
import { updateSettings } from "@/server/api/trpc/routers/settings/update";
import { updateTextLimitsProcedure } from "@/server/api/trpc/routers/settings/update-text-limits";
import { changeRole } from "@/server/api/trpc/routers/team/change-role";
import { inviteMember } from "@/server/api/trpc/routers/team/invite";
import { listTeam } from "@/server/api/trpc/routers/team/list";
import { removeMember } from "@/server/api/trpc/routers/team/remove";
import { listPendingInvitations } from "@/server/api/trpc/routers/team/invitations";
import { resendInvitation } from "@/server/api/trpc/routers/team/resend-invitation";
import { revokeInvitation } from "@/server/api/trpc/routers/team/revoke-invitation";
import { archiveTemplate } from "@/server/api/trpc/routers/templates/archive";
import { createTemplate } from "@/server/api/trpc/routers/templates/create";
import { getTemplate } from "@/server/api/trpc/routers/templates/get";
import { listTemplates } from "@/server/api/trpc/routers/templates/list";
import { updateTemplate } from "@/server/api/trpc/routers/templates/update";
import { bulkSendWorkflowsProcedure } from "@/server/api/trpc/routers/workflows/bulk-send";
import { createWebhookEndpointProcedure } from "@/server/api/trpc/routers/webhooks/create";
import { deleteWebhookEndpointProcedure } from "@/server/api/trpc/routers/webhooks/delete";
import { getWebhookEndpointProcedure } from "@/server/api/trpc/routers/webhooks/get";
import { listWebhookEndpointsProcedure } from "@/server/api/trpc/routers/webhooks/list";
import { listWebhookDeliveriesProcedure } from "@/server/api/trpc/routers/webhooks/list-deliveries";
import { replayWebhookEventProcedure } from "@/server/api/trpc/routers/webhooks/replay-event";
import { replayFailedWebhookDeliveriesProcedure } from "@/server/api/trpc/routers/webhooks/replay-failed";
import { rotateWebhookSecretProcedure } from "@/server/api/trpc/routers/webhooks/rotate-secret";
import { sendWebhookTestEventProcedure } from "@/server/api/trpc/routers/webhooks/send-test";
import { updateWebhookEndpointProcedure } from "@/server/api/trpc/routers/webhooks/update";
import { cancelWorkflowProcedure } from "@/server/api/trpc/routers/workflows/cancel";
import { createWorkflowProcedure } from "@/server/api/trpc/routers/workflows/create";
import { createWorkflowFromTemplateProcedure } from "@/server/api/trpc/routers/workflows/create-from-template";
import { extendWorkflowProcedure } from "@/server/api/trpc/routers/workflows/extend";
import { workflowFormOptionsProcedure } from "@/server/api/trpc/routers/workflows/form-options";
import { getWorkflowProcedure } from "@/server/api/trpc/routers/workflows/get";
import { listWorkflowsProcedure } from "@/server/api/trpc/routers/workflows/list";
import { resendWorkflowProcedure } from "@/server/api/trpc/routers/workflows/resend";

// Only wiring: each procedure lives in its own file under routers/<area>/.
export const appRouter = router({
  business: router({ listMine: listMyBusinesses, rename: renameBusiness }),
  dashboard: router({ summary: dashboardSummary, activity: dashboardActivity }),
  team: router({
    list: listTeam,
    invite: inviteMember,
    changeRole,
    remove: removeMember,
    invitations: listPendingInvitations,
    resendInvitation,
    revokeInvitation,
  }),
  apiKeys: router({ list: listApiKeys, create: createApiKey, revoke: revokeApiKey }),
  settings: router({ get: getSettings, update: updateSettings, updateTextLimits: updateTextLimitsProcedure }),
  templates: router({
    list: listTemplates,
    get: getTemplate,
    create: createTemplate,
    update: updateTemplate,
    archive: archiveTemplate,
  }),
  legalDocuments: router({
    list: listLegalDocuments,
    get: getLegalDocument,
    create: createLegalDocument,
    addVersion: addLegalDocumentVersion,
  }),
  auditLog: router({ list: listAuditLog }),
  customers: router({
    list: listCustomersProcedure,
    get: getCustomerProcedure,
    resumeEmails: resumeCustomerEmailsProcedure,
    workflows: listCustomerWorkflowsProcedure,
    transactions: listCustomerTransactionsProcedure,
  }),
  workflows: router({
    list: listWorkflowsProcedure,
    get: getWorkflowProcedure,
    formOptions: workflowFormOptionsProcedure,
    create: createWorkflowProcedure,
    createFromTemplate: createWorkflowFromTemplateProcedure,
    resend: resendWorkflowProcedure,
    extend: extendWorkflowProcedure,
    cancel: cancelWorkflowProcedure,
    bulkSend: bulkSendWorkflowsProcedure,
  }),
  webhooks: router({
    list: listWebhookEndpointsProcedure,
    get: getWebhookEndpointProcedure,
    create: createWebhookEndpointProcedure,
    update: updateWebhookEndpointProcedure,
    rotateSecret: rotateWebhookSecretProcedure,
    sendTest: sendWebhookTestEventProcedure,
    delete: deleteWebhookEndpointProcedure,
    deliveries: listWebhookDeliveriesProcedure,
    replayEvent: replayWebhookEventProcedure,
    replayFailed: replayFailedWebhookDeliveriesProcedure,
  }),
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
