import { getBusinessRoute } from "../rest/business/get-business";
import { getCustomerRoute } from "../rest/customers/get-customer";
import { listCustomersRoute } from "../rest/customers/list-customers";
import { getFinancialAccountRoute } from "../rest/financial-accounts/get-financial-account";
import { listFinancialAccountsRoute } from "../rest/financial-accounts/list-financial-accounts";
import { createLegalDocumentRoute } from "../rest/legal-documents/create-legal-document";
import { createLegalDocumentVersionRoute } from "../rest/legal-documents/create-legal-document-version";
import { getLegalDocumentRoute } from "../rest/legal-documents/get-legal-document";
import { listLegalDocumentsRoute } from "../rest/legal-documents/list-legal-documents";
import { archiveTemplateRoute } from "../rest/linx/archive-template";
import { cancelWorkflowRoute } from "../rest/linx/cancel-workflow";
import { createTemplateRoute } from "../rest/linx/create-template";
import { createTemplateVersionRoute } from "../rest/linx/create-template-version";
import { createWorkflowRoute } from "../rest/linx/create-workflow";
import { extendWorkflowRoute } from "../rest/linx/extend-workflow";
import { getTemplateRoute } from "../rest/linx/get-template";
import { getWorkflowRoute } from "../rest/linx/get-workflow";
import { listTemplatesRoute } from "../rest/linx/list-templates";
import { listWorkflowNotificationsRoute } from "../rest/linx/list-workflow-notifications";
import { listWorkflowsRoute } from "../rest/linx/list-workflows";
import { resendWorkflowRoute } from "../rest/linx/resend-workflow";
import { getTransactionRoute } from "../rest/transactions/get-transaction";
import { listTransactionsRoute } from "../rest/transactions/list-transactions";
import { getEventRoute } from "../rest/events/get-event";
import { listEventsRoute } from "../rest/events/list-events";
import { replayEventRoute } from "../rest/events/replay-event";
import type { RouteDefinition } from "../rest/route-definition";
import { createWebhookEndpointRoute } from "../rest/webhook-endpoints/create-webhook-endpoint";
import { deleteWebhookEndpointRoute } from "../rest/webhook-endpoints/delete-webhook-endpoint";
import { getWebhookEndpointRoute } from "../rest/webhook-endpoints/get-webhook-endpoint";
import { listWebhookDeliveriesRoute } from "../rest/webhook-endpoints/list-webhook-deliveries";
import { listWebhookEndpointsRoute } from "../rest/webhook-endpoints/list-webhook-endpoints";
import { replayFailedDeliveriesRoute } from "../rest/webhook-endpoints/replay-failed-deliveries";
import { rotateWebhookSecretRoute } from "../rest/webhook-endpoints/rotate-webhook-secret";
import { sendTestEventRoute } from "../rest/webhook-endpoints/send-test-event";
import { updateWebhookEndpointRoute } from "../rest/webhook-endpoints/update-webhook-endpoint";

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
