-- CreateEnum
CREATE TYPE "TallyKind" AS ENUM ('PLAN_TO_COME', 'INTERPRETATION');

-- CreateTable
CREATE TABLE "TallyCount" (
    "meetingId" TEXT NOT NULL,
    "kind" "TallyKind" NOT NULL,
    "language" VARCHAR(10) NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TallyCount_pkey" PRIMARY KEY ("meetingId","kind","language")
);

-- CreateTable
CREATE TABLE "TallyKey" (
    "key" CHAR(64) NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "TallyKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "TallyKey_day_idx" ON "TallyKey"("day");

-- AddForeignKey
ALTER TABLE "TallyCount" ADD CONSTRAINT "TallyCount_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

