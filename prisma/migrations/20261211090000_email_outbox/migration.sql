-- CreateEnum
CREATE TYPE "OutboxEmailStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'KEPT', 'FAILED');

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "kind" VARCHAR(60) NOT NULL,
    "toAddress" VARCHAR(254) NOT NULL,
    "toName" VARCHAR(200),
    "locale" VARCHAR(10) NOT NULL,
    "params" JSONB NOT NULL,
    "status" "OutboxEmailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "lastError" VARCHAR(1000),
    "subject" VARCHAR(300),
    "text" TEXT,
    "html" TEXT,
    "contentRemovedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");

