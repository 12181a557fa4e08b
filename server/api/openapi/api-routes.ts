import { getBusinessRoute } from "@/server/api/rest/business/get-business";
import { getCustomerRoute } from "@/server/api/rest/customers/get-customer";
import { listCustomersRoute } from "@/server/api/rest/customers/list-customers";
import { getFinancialAccountRoute } from "@/server/api/rest/financial-accounts/get-financial-account";
import { listFinancialAccountsRoute } from "@/server/api/rest/financial-accounts/list-financial-accounts";
import { createLegalDocumentRoute } from "@/server/api/rest/legal-documents/create-legal-document";
import { createLegalDocumentVersionRoute } from "@/server/api/rest/legal-documents/create-legal-document-version";
import { getLegalDocumentRoute } from "@/server/api/rest/legal-documents/get-legal-document";
import { listLegalDocumentsRoute } from "@/server/api/rest/legal-documents/list-legal-documents";
import { archiveTemplateRoute } from "@/server/api/rest/linx/archive-template";
import { cancelWorkflowRoute } from "@/server/api/rest/linx/cancel-workflow";
import { createTemplateRoute } from "@/server/api/rest/linx/create-template";
import { createTemplateVersionRoute } from "@/server/api/rest/linx/create-template-version";
import { createWorkflowRoute } from "@/server/api/rest/linx/create-workflow";
import { extendWorkflowRoute } from "@/server/api/rest/linx/extend-workflow";
import { getTemplateRoute } from "@/server/api/rest/linx/get-template";
import { getWorkflowRoute } from "@/server/api/rest/linx/get-workflow";
import { listTemplatesRoute } from "@/server/api/rest/linx/list-templates";
import { listWorkflowNotificationsRoute } from "@/server/api/rest/linx/list-workflow-notifications";
import { listWorkflowsRoute } from "@/server/api/rest/linx/list-workflows";
import { resendWorkflowRoute } from "@/server/api/rest/linx/resend-workflow";
import { getTransactionRoute } from "@/server/api/rest/transactions/get-transaction";
import { listTransactionsRoute } from "@/server/api/rest/transactions/list-transactions";
import { getEventRoute } from "@/server/api/rest/events/get-event";
import { listEventsRoute } from "@/server/api/rest/events/list-events";
import { replayEventRoute } from "@/server/api/rest/events/replay-event";
import type { RouteDefinition } from "@/server/api/rest/route-definition";
import { createWebhookEndpointRoute } from "@/server/api/rest/webhook-endpoints/create-webhook-endpoint";
import { deleteWebhookEndpointRoute } from "@/server/api/rest/webhook-endpoints/delete-webhook-endpoint";
import { getWebhookEndpointRoute } from "@/server/api/rest/webhook-endpoints/get-webhook-endpoint";
import { listWebhookDeliveriesRoute } from "@/server/api/rest/webhook-endpoints/list-webhook-deliveries";
import { listWebhookEndpointsRoute } from "@/server/api/rest/webhook-endpoints/list-webhook-endpoints";
import { replayFailedDeliveriesRoute } from "@/server/api/rest/webhook-endpoints/replay-failed-deliveries";
import { rotateWebhookSecretRoute } from "@/server/api/rest/webhook-endpoints/rotate-webhook-secret";
import { sendTestEventRoute } from "@/server/api/rest/webhook-endpoints/send-test-event";
import { updateWebhookEndpointRoute } from "@/server/api/rest/webhook-endpoints/update-webhook-endpoint";

/**
 * Every /api/v2 route, in the order the document lists them. Adding a route: define it beside its
 * handler, add it here, export the handler from app/api/v2/…/route.ts. openapi.test.ts fails
 * when a route file and this list disagree.
 */
export const API_ROUTES: readonly RouteDefinition[] = [
  getBusinessRoute,
  listWorkflowsRoute,
  createWorkflowRoute,
  getWorkflowRoute,
  resendWorkflowRoute,
  extendWorkflowRoute,
  cancelWorkflowRoute,
  listWorkflowNotificationsRoute,
  listTemplatesRoute,
  createTemplateRoute,
  getTemplateRoute,
  createTemplateVersionRoute,
  archiveTemplateRoute,
  listCustomersRoute,
  getCustomerRoute,
  listFinancialAccountsRoute,
  getFinancialAccountRoute,
  listTransactionsRoute,
  getTransactionRoute,
  listLegalDocumentsRoute,
  createLegalDocumentRoute,
  getLegalDocumentRoute,
  createLegalDocumentVersionRoute,
  listWebhookEndpointsRoute,
  createWebhookEndpointRoute,
  getWebhookEndpointRoute,
  updateWebhookEndpointRoute,
  deleteWebhookEndpointRoute,
  rotateWebhookSecretRoute,
  sendTestEventRoute,
  listWebhookDeliveriesRoute,
  replayFailedDeliveriesRoute,
  listEventsRoute,
  getEventRoute,
  replayEventRoute,
];
