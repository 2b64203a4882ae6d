-- CreateEnum
CREATE TYPE "Publication" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'PUBLISH';
ALTER TYPE "AuditAction" ADD VALUE 'REQUEST_REVIEW';
ALTER TYPE "AuditAction" ADD VALUE 'APPROVE';
ALTER TYPE "AuditAction" ADD VALUE 'SEND_BACK';

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "editorsMayReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "requiresReview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "publication" "Publication" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "publishAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewComment" VARCHAR(1000),
ADD COLUMN     "reviewRequestedById" VARCHAR(64);

-- CreateIndex
CREATE INDEX "Meeting_publication_publishAt_idx" ON "Meeting"("publication", "publishAt");

