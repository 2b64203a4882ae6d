-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Meeting_endsAt_idx" ON "Meeting"("endsAt");

-- CreateIndex
CREATE INDEX "MeetingTranslation_title_idx" ON "MeetingTranslation" USING GIN ("title" gin_trgm_ops);

