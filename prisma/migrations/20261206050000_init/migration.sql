-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'OPERATOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "ApiKeyMode" AS ENUM ('SANDBOX', 'LIVE');

-- CreateEnum
CREATE TYPE "CustomerStatus" AS ENUM ('PENDING', 'NEW', 'ACTIVE', 'INACTIVE', 'SUSPENDED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AddressType" AS ENUM ('PHYSICAL', 'MAILING', 'SHIPPING');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('HOME', 'WORK', 'MOBILE');

-- CreateEnum
CREATE TYPE "FinancialAccountType" AS ENUM ('BANK_ACCOUNT', 'CARD');

-- CreateEnum
CREATE TYPE "FinancialAccountSubType" AS ENUM ('CHECKING', 'SAVING', 'CREDIT', 'DEBIT');

-- CreateEnum
CREATE TYPE "FinancialAccountStatus" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('SMS');

-- CreateEnum
CREATE TYPE "WorkflowStatus" AS ENUM ('CREATED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('DONT_KNOW_BUSINESS_SENDER', 'INCORRECT_AMOUNT', 'INCORRECT_DETAILS', 'NO_LONGER_NEEDED', 'OTHER');

-- CreateEnum
CREATE TYPE "StepName" AS ENUM ('notification', 'customer-account', 'lookup-profile', 'enhance-profile', 'financial-account', 'lookup-financial-account', 'document-acceptance', 'move-money');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('CREATED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'FAILED');

-- CreateEnum
CREATE TYPE "WorkflowAuthentication" AS ENUM ('NONE', 'PASSCODE', 'SMS_CODE');

-- CreateEnum
CREATE TYPE "NotificationOrigin" AS ENUM ('INITIAL', 'MANUAL', 'REMINDER', 'EXPIRY', 'TRANSACTION', 'OTP');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'SUPPRESSED');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('SEND', 'REQUEST');

-- CreateEnum
CREATE TYPE "PaymentSolution" AS ENUM ('ach', 'push-to-card', 'wire');

-- CreateEnum
CREATE TYPE "TransactionStatus" AS ENUM ('NEW', 'PENDING', 'PROCESSING', 'SETTLED', 'CLEARED', 'DECLINED', 'CANCELLED', 'ERROR', 'REVERSED');

-- CreateEnum
CREATE TYPE "WebhookEndpointStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'DISABLED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'API_KEY', 'CUSTOMER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('WORKFLOW_SEND', 'WORKFLOW_REMIND', 'WORKFLOW_EXPIRE', 'TRANSACTION_ADVANCE', 'TRANSACTION_NOTIFY', 'WEBHOOK_DELIVER');

-- CreateEnum
CREATE TYPE "JobLane" AS ENUM ('MESSAGES', 'EXPIRY', 'PAYMENTS', 'WEBHOOKS');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Business" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "smsSenderName" TEXT,
    "defaultExpireInHours" INTEGER NOT NULL DEFAULT 2160,
    "reminderFirstAfterHours" INTEGER NOT NULL DEFAULT 24,
    "reminderEveryHours" INTEGER NOT NULL DEFAULT 72,
    "reminderBeforeExpiryHours" INTEGER NOT NULL DEFAULT 24,
    "smsHourlyCap" INTEGER NOT NULL DEFAULT 1000,
    "smsAllowedCountries" TEXT[] DEFAULT ARRAY['US', 'CA']::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Business_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "passwordChangeRequired" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "passwordExpiresAt" TIMESTAMP(3),
    "signInTokenHash" TEXT,
    "signInTokenExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevokedSession" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mode" "ApiKeyMode" NOT NULL,
    "keyHash" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "status" "CustomerStatus" NOT NULL DEFAULT 'NEW',
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phoneNumber" TEXT NOT NULL,
    "salutation" TEXT,
    "dateOfBirth" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerAddress" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "type" "AddressType" NOT NULL,
    "line1" TEXT NOT NULL,
    "line2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "postalCode" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'US',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerPhone" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "type" "PhoneType" NOT NULL,
    "phoneNumber" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerPhone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancialAccount" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "type" "FinancialAccountType" NOT NULL,
    "subType" "FinancialAccountSubType" NOT NULL,
    "status" "FinancialAccountStatus" NOT NULL DEFAULT 'ACTIVE',
    "holderName" TEXT NOT NULL,
    "routingNumber" TEXT,
    "lastFour" TEXT NOT NULL,
    "encryptedNumber" TEXT NOT NULL,
    "cardExpiry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinancialAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAcceptance" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "workflowId" TEXT,
    "documentVersionId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowTemplate" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkflowTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "customerMemo" TEXT,
    "expireInHours" INTEGER,
    "locale" TEXT,
    "steps" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkflowTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowStatusCount" (
    "businessId" TEXT NOT NULL,
    "status" "WorkflowStatus" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WorkflowStatusCount_pkey" PRIMARY KEY ("businessId","status")
);

-- CreateTable
CREATE TABLE "WorkflowStatusDelta" (
    "id" BIGSERIAL NOT NULL,
    "businessId" TEXT NOT NULL,
    "status" "WorkflowStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "WorkflowStatusDelta_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workflow" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "templateVersionId" TEXT,
    "customerId" TEXT,
    "title" TEXT NOT NULL,
    "customerMemo" TEXT,
    "locale" TEXT,
    "phoneNumber" TEXT NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'SMS',
    "status" "WorkflowStatus" NOT NULL DEFAULT 'CREATED',
    "expireAt" TIMESTAMP(3) NOT NULL,
    "nextNotificationAt" TIMESTAMP(3),
    "tokenHash" TEXT NOT NULL,
    "linkNonce" TEXT NOT NULL,
    "authentication" "WorkflowAuthentication" NOT NULL DEFAULT 'NONE',
    "passcodeHash" TEXT,
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMP(3),
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "declineReason" "DeclineReason",
    "declineReasonText" TEXT,
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdByUserId" TEXT,
    "createdByApiKeyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workflow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkflowStep" (
    "id" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" "StepName" NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'CREATED',
    "parameters" JSONB NOT NULL,
    "data" JSONB,
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkflowStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "workflowId" TEXT,
    "serial" INTEGER,
    "channel" "Channel" NOT NULL DEFAULT 'SMS',
    "origin" "NotificationOrigin" NOT NULL,
    "toNumber" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "notifiedBy" TEXT NOT NULL DEFAULT 'system',
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "provider" TEXT,
    "providerMessageId" TEXT,
    "dedupeKey" TEXT,
    "errorCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOptOut" (
    "phoneNumber" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOptOut_pkey" PRIMARY KEY ("phoneNumber")
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "workflowId" TEXT,
    "customerId" TEXT NOT NULL,
    "financialAccountId" TEXT NOT NULL,
    "transactionType" "TransactionType" NOT NULL,
    "solution" "PaymentSolution" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "priority" TEXT,
    "description" TEXT,
    "memo" TEXT,
    "paymentReasonId" TEXT,
    "status" "TransactionStatus" NOT NULL DEFAULT 'NEW',
    "railReference" TEXT,
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransactionStatusChange" (
    "id" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "fromStatus" "TransactionStatus",
    "toStatus" "TransactionStatus" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TransactionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "eventTypes" TEXT[],
    "status" "WebhookEndpointStatus" NOT NULL DEFAULT 'ACTIVE',
    "failingSince" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookSecret" (
    "id" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "encryptedSecret" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attemptCount" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastAttemptAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "error" TEXT,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "responseStatus" INTEGER NOT NULL,
    "responseBody" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "metadata" JSONB,
    "ipAddress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledJob" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "kind" "JobKind" NOT NULL,
    "lane" "JobLane" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "concurrencyKey" TEXT,
    "payload" JSONB,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "runAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_signInTokenHash_key" ON "User"("signInTokenHash");

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- CreateIndex
CREATE INDEX "RevokedSession_userId_idx" ON "RevokedSession"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_createdAt_idx" ON "SignInAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "Membership_businessId_idx" ON "Membership"("businessId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_businessId_key" ON "Membership"("userId", "businessId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_businessId_createdAt_idx" ON "ApiKey"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "Customer_businessId_createdAt_id_idx" ON "Customer"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Customer_businessId_phoneNumber_idx" ON "Customer"("businessId", "phoneNumber");

-- CreateIndex
CREATE INDEX "Customer_firstName_idx" ON "Customer" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_lastName_idx" ON "Customer" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_email_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_phoneNumber_idx" ON "Customer" USING GIN ("phoneNumber" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CustomerAddress_customerId_type_key" ON "CustomerAddress"("customerId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerPhone_customerId_type_key" ON "CustomerPhone"("customerId", "type");

-- CreateIndex
CREATE INDEX "FinancialAccount_businessId_createdAt_id_idx" ON "FinancialAccount"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "FinancialAccount_customerId_idx" ON "FinancialAccount"("customerId");

-- CreateIndex
CREATE INDEX "LegalDocument_businessId_createdAt_id_idx" ON "LegalDocument"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_businessId_key_key" ON "LegalDocument"("businessId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocumentVersion_documentId_version_key" ON "LegalDocumentVersion"("documentId", "version");

-- CreateIndex
CREATE INDEX "DocumentAcceptance_customerId_idx" ON "DocumentAcceptance"("customerId");

-- CreateIndex
CREATE INDEX "DocumentAcceptance_workflowId_idx" ON "DocumentAcceptance"("workflowId");

-- CreateIndex
CREATE INDEX "WorkflowTemplate_businessId_createdAt_id_idx" ON "WorkflowTemplate"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowTemplateVersion_templateId_version_key" ON "WorkflowTemplateVersion"("templateId", "version");

-- CreateIndex
CREATE INDEX "WorkflowStatusDelta_businessId_idx" ON "WorkflowStatusDelta"("businessId");

-- CreateIndex
CREATE UNIQUE INDEX "Workflow_tokenHash_key" ON "Workflow"("tokenHash");

-- CreateIndex
CREATE INDEX "Workflow_businessId_createdAt_id_idx" ON "Workflow"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_status_createdAt_id_idx" ON "Workflow"("businessId", "status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_updatedAt_id_idx" ON "Workflow"("businessId", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_status_updatedAt_id_idx" ON "Workflow"("businessId", "status", "updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_expireAt_id_idx" ON "Workflow"("businessId", "expireAt", "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_status_expireAt_id_idx" ON "Workflow"("businessId", "status", "expireAt", "id");

-- CreateIndex
CREATE INDEX "Workflow_businessId_completedAt_idx" ON "Workflow"("businessId", "completedAt");

-- CreateIndex
CREATE INDEX "Workflow_businessId_createdAt_status_openedAt_completedAt_idx" ON "Workflow"("businessId", "createdAt", "status", "openedAt", "completedAt");

-- CreateIndex
CREATE INDEX "Workflow_businessId_phoneNumber_idx" ON "Workflow"("businessId", "phoneNumber");

-- CreateIndex
CREATE INDEX "Workflow_templateVersionId_idx" ON "Workflow"("templateVersionId");

-- CreateIndex
CREATE INDEX "Workflow_customerId_createdAt_id_idx" ON "Workflow"("customerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Workflow_title_idx" ON "Workflow" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Workflow_phoneNumber_idx" ON "Workflow" USING GIN ("phoneNumber" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "WorkflowStep_workflowId_position_key" ON "WorkflowStep"("workflowId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_providerMessageId_key" ON "Notification"("providerMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_toNumber_createdAt_idx" ON "Notification"("toNumber", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_businessId_createdAt_idx" ON "Notification"("businessId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_workflowId_serial_key" ON "Notification"("workflowId", "serial");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_workflowId_key" ON "Transaction"("workflowId");

-- CreateIndex
CREATE INDEX "Transaction_businessId_createdAt_id_idx" ON "Transaction"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Transaction_customerId_idx" ON "Transaction"("customerId");

-- CreateIndex
CREATE INDEX "TransactionStatusChange_transactionId_createdAt_idx" ON "TransactionStatusChange"("transactionId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_businessId_createdAt_idx" ON "WebhookEndpoint"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookSecret_endpointId_idx" ON "WebhookSecret"("endpointId");

-- CreateIndex
CREATE INDEX "WebhookEvent_businessId_createdAt_id_idx" ON "WebhookEvent"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "WebhookEvent_businessId_type_createdAt_idx" ON "WebhookEvent"("businessId", "type", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_status_createdAt_idx" ON "WebhookDelivery"("endpointId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_id_idx" ON "WebhookDelivery"("endpointId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_eventId_endpointId_key" ON "WebhookDelivery"("eventId", "endpointId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attemptNumber_idx" ON "WebhookAttempt"("deliveryId", "attemptNumber");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_businessId_key_key" ON "IdempotencyRecord"("businessId", "key");

-- CreateIndex
CREATE INDEX "AuditLog_businessId_createdAt_id_idx" ON "AuditLog"("businessId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditLog_businessId_action_createdAt_idx" ON "AuditLog"("businessId", "action", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_businessId_actorId_createdAt_id_idx" ON "AuditLog"("businessId", "actorId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditLog_businessId_targetType_targetId_createdAt_idx" ON "AuditLog"("businessId", "targetType", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "ScheduledJob_subjectId_kind_idx" ON "ScheduledJob"("subjectId", "kind");

-- AddForeignKey
ALTER TABLE "RevokedSession" ADD CONSTRAINT "RevokedSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerAddress" ADD CONSTRAINT "CustomerAddress_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerPhone" ADD CONSTRAINT "CustomerPhone_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialAccount" ADD CONSTRAINT "FinancialAccount_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancialAccount" ADD CONSTRAINT "FinancialAccount_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentVersion" ADD CONSTRAINT "LegalDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcceptance" ADD CONSTRAINT "DocumentAcceptance_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcceptance" ADD CONSTRAINT "DocumentAcceptance_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcceptance" ADD CONSTRAINT "DocumentAcceptance_documentVersionId_fkey" FOREIGN KEY ("documentVersionId") REFERENCES "LegalDocumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowTemplate" ADD CONSTRAINT "WorkflowTemplate_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowTemplateVersion" ADD CONSTRAINT "WorkflowTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "WorkflowTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStatusCount" ADD CONSTRAINT "WorkflowStatusCount_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStatusDelta" ADD CONSTRAINT "WorkflowStatusDelta_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workflow" ADD CONSTRAINT "Workflow_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workflow" ADD CONSTRAINT "Workflow_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "WorkflowTemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workflow" ADD CONSTRAINT "Workflow_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkflowStep" ADD CONSTRAINT "WorkflowStep_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_financialAccountId_fkey" FOREIGN KEY ("financialAccountId") REFERENCES "FinancialAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransactionStatusChange" ADD CONSTRAINT "TransactionStatusChange_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSecret" ADD CONSTRAINT "WebhookSecret_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduledJob" ADD CONSTRAINT "ScheduledJob_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Written by hand: what Prisma 6 cannot express in schema.prisma.

-- Partial indexes (server/db/hand-written-indexes.ts lists them for the drift test). A lane's claim
-- reads its due rows in time order and nothing else; the expiry sweep and the delivery retries read
-- only the rows that can be due.
CREATE INDEX "ScheduledJob_due_idx" ON "ScheduledJob"("lane", "runAt") WHERE "status" IN ('PENDING', 'RUNNING');
CREATE INDEX "Workflow_active_expireAt_idx" ON "Workflow"("expireAt") WHERE "status" = 'ACTIVE';
CREATE INDEX "WebhookDelivery_due_idx" ON "WebhookDelivery"("nextAttemptAt") WHERE "status" = 'PENDING';

-- The workflow status tally's input: every statement that inserts workflows or changes their status
-- appends one delta row per (business, status) it touched. Statement-level with transition tables, so
-- a bulk insert or an expiry sweep adds a handful of rows, not one per workflow. Workflows are deleted
-- only with their business, whose counts and deltas go with it.
CREATE FUNCTION "workflow_status_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkflowStatusDelta" ("businessId", "status", "delta")
  SELECT "businessId", "status", count(*)::int FROM new_rows GROUP BY 1, 2;
  RETURN NULL;
END $$;

CREATE FUNCTION "workflow_status_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WorkflowStatusDelta" ("businessId", "status", "delta")
  SELECT "businessId", "status", sum(delta)::int FROM (
    SELECT o."businessId", o."status", -1 AS delta FROM old_rows o JOIN new_rows n USING ("id") WHERE o."status" IS DISTINCT FROM n."status"
    UNION ALL
    SELECT n."businessId", n."status", 1 FROM old_rows o JOIN new_rows n USING ("id") WHERE o."status" IS DISTINCT FROM n."status"
  ) moved
  GROUP BY 1, 2
  HAVING sum(delta) <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "Workflow_status_inserted" AFTER INSERT ON "Workflow"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "workflow_status_inserted"();

CREATE TRIGGER "Workflow_status_updated" AFTER UPDATE ON "Workflow"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "workflow_status_updated"();
