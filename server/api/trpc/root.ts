import { createCallerFactory, router } from "./init";
import { createApiKey } from "./routers/api-keys/create";
import { listApiKeys } from "./routers/api-keys/list";
import { revokeApiKey } from "./routers/api-keys/revoke";
import { listAuditLog } from "./routers/audit-log/list";
import { getCustomerProcedure } from "./routers/customers/get";
import { listCustomersProcedure } from "./routers/customers/list";
import { listCustomerTransactionsProcedure } from "./routers/customers/list-transactions";
import { listCustomerWorkflowsProcedure } from "./routers/customers/list-workflows";
import { listMyBusinesses } from "./routers/business/list-mine";
import { renameBusiness } from "./routers/business/rename";
import { dashboardActivity } from "./routers/dashboard/activity";
import { dashboardSummary } from "./routers/dashboard/summary";
import { addLegalDocumentVersion } from "./routers/legal-documents/add-version";
import { createLegalDocument } from "./routers/legal-documents/create";
import { getLegalDocument } from "./routers/legal-documents/get";
import { listLegalDocuments } from "./routers/legal-documents/list";
import { getSettings } from "./routers/settings/get";
import { updateSettings } from "./routers/settings/update";
import { updateTextLimitsProcedure } from "./routers/settings/update-text-limits";
import { changeRole } from "./routers/team/change-role";
import { inviteMember } from "./routers/team/invite";
import { listTeam } from "./routers/team/list";
import { removeMember } from "./routers/team/remove";
import { listPendingInvitations } from "./routers/team/invitations";
import { resendInvitation } from "./routers/team/resend-invitation";
import { revokeInvitation } from "./routers/team/revoke-invitation";
import { archiveTemplate } from "./routers/templates/archive";
import { createTemplate } from "./routers/templates/create";
import { getTemplate } from "./routers/templates/get";
import { listTemplates } from "./routers/templates/list";
import { updateTemplate } from "./routers/templates/update";
import { bulkSendWorkflowsProcedure } from "./routers/workflows/bulk-send";
import { createWebhookEndpointProcedure } from "./routers/webhooks/create";
import { deleteWebhookEndpointProcedure } from "./routers/webhooks/delete";
import { getWebhookEndpointProcedure } from "./routers/webhooks/get";
import { listWebhookEndpointsProcedure } from "./routers/webhooks/list";
import { listWebhookDeliveriesProcedure } from "./routers/webhooks/list-deliveries";
import { replayWebhookEventProcedure } from "./routers/webhooks/replay-event";
import { replayFailedWebhookDeliveriesProcedure } from "./routers/webhooks/replay-failed";
import { rotateWebhookSecretProcedure } from "./routers/webhooks/rotate-secret";
import { sendWebhookTestEventProcedure } from "./routers/webhooks/send-test";
import { updateWebhookEndpointProcedure } from "./routers/webhooks/update";
import { cancelWorkflowProcedure } from "./routers/workflows/cancel";
import { createWorkflowProcedure } from "./routers/workflows/create";
import { createWorkflowFromTemplateProcedure } from "./routers/workflows/create-from-template";
import { extendWorkflowProcedure } from "./routers/workflows/extend";
import { workflowFormOptionsProcedure } from "./routers/workflows/form-options";
import { getWorkflowProcedure } from "./routers/workflows/get";
import { listWorkflowsProcedure } from "./routers/workflows/list";
import { resendWorkflowProcedure } from "./routers/workflows/resend";

// Only wiring: each procedure lives in its own file under routers/<area>/.
export const appRouter = router({
  business: router({ listMine: listMyBusinesses, rename: renameBusiness }),
  dashboard: router({ summary: dashboardSummary, activity: dashboardActivity }),
  team: router({ list: listTeam, invite: inviteMember, changeRole, remove: removeMember, invitations: listPendingInvitations, resendInvitation, revokeInvitation }),
  apiKeys: router({ list: listApiKeys, create: createApiKey, revoke: revokeApiKey }),
  settings: router({ get: getSettings, update: updateSettings, updateTextLimits: updateTextLimitsProcedure }),
  templates: router({ list: listTemplates, get: getTemplate, create: createTemplate, update: updateTemplate, archive: archiveTemplate }),
  legalDocuments: router({ list: listLegalDocuments, get: getLegalDocument, create: createLegalDocument, addVersion: addLegalDocumentVersion }),
  auditLog: router({ list: listAuditLog }),
  customers: router({
    list: listCustomersProcedure,
    get: getCustomerProcedure,
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
