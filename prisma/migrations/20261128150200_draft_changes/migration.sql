-- CreateEnum
CREATE TYPE "RevisionState" AS ENUM ('DRAFT', 'IN_REVIEW');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "setId" VARCHAR(64);

-- AlterTable
ALTER TABLE "StaffSettings" ADD COLUMN     "statementChangesNeedReview" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MeetingRevision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'DRAFT',
    "authorId" VARCHAR(64),
    "reviewRequestedById" VARCHAR(64),
    "reviewComment" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementChange" (
    "id" TEXT NOT NULL,
    "statementId" TEXT,
    "values" JSONB NOT NULL,
    "proposedById" VARCHAR(64) NOT NULL,
    "reviewComment" VARCHAR(1000),
    "sentBack" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatementChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRevision_meetingId_key" ON "MeetingRevision"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingRevision_state_idx" ON "MeetingRevision"("state");

-- CreateIndex
CREATE INDEX "StatementChange_statementId_idx" ON "StatementChange"("statementId");

-- CreateIndex
CREATE INDEX "Meeting_setId_idx" ON "Meeting"("setId");

-- AddForeignKey
ALTER TABLE "MeetingRevision" ADD CONSTRAINT "MeetingRevision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementChange" ADD CONSTRAINT "StatementChange_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

