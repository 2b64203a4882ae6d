-- CreateEnum
CREATE TYPE "NoticeMode" AS ENUM ('AT_ONCE', 'DIGEST', 'OFF');

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "digestClaimedOn" DATE,
ADD COLUMN     "digestHour" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "locale" VARCHAR(10) NOT NULL DEFAULT 'es',
ADD COLUMN     "noticeMode" "NoticeMode" NOT NULL DEFAULT 'AT_ONCE';

-- CreateTable
CREATE TABLE "PendingNotice" (
    "id" TEXT NOT NULL,
    "userId" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(60) NOT NULL,
    "params" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpretationAlert" (
    "meetingId" TEXT NOT NULL,
    "language" VARCHAR(10) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterpretationAlert_pkey" PRIMARY KEY ("meetingId","language")
);

-- CreateIndex
CREATE INDEX "PendingNotice_userId_createdAt_idx" ON "PendingNotice"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "PendingNotice" ADD CONSTRAINT "PendingNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpretationAlert" ADD CONSTRAINT "InterpretationAlert_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

