-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "statusToConfirmById" VARCHAR(64);

-- CreateIndex
CREATE INDEX "Meeting_statusToConfirmById_idx" ON "Meeting"("statusToConfirmById");

