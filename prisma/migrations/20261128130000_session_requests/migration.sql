-- CreateEnum
CREATE TYPE "SessionRequestStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ACCEPTED', 'DECLINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'ACCEPT';
ALTER TYPE "AuditAction" ADD VALUE 'DECLINE';

-- CreateTable
CREATE TABLE "SessionRequest" (
    "id" TEXT NOT NULL,
    "status" "SessionRequestStatus" NOT NULL DEFAULT 'NEW',
    "organization" VARCHAR(200) NOT NULL,
    "venueKind" "VenueKind" NOT NULL,
    "street" VARCHAR(200) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "postalCode" VARCHAR(10) NOT NULL,
    "preferredDate" DATE NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "endTime" VARCHAR(5) NOT NULL,
    "otherTimes" VARCHAR(1000) NOT NULL,
    "spokenLanguages" VARCHAR(10)[],
    "interpretation" VARCHAR(10)[],
    "attendance" INTEGER NOT NULL,
    "contactName" VARCHAR(200),
    "contactPhone" VARCHAR(40),
    "contactEmail" VARCHAR(200),
    "notes" VARCHAR(4000) NOT NULL DEFAULT '',
    "meetingId" VARCHAR(64),
    "closedAt" TIMESTAMPTZ(3),
    "contactDeletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SessionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionRequest_status_createdAt_idx" ON "SessionRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SessionRequest_closedAt_idx" ON "SessionRequest"("closedAt");

