-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('NEW', 'ANSWERED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT,
    "text" VARCHAR(1000) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'NEW',
    "answerEn" VARCHAR(4000) NOT NULL DEFAULT '',
    "answerEs" VARCHAR(4000) NOT NULL DEFAULT '',
    "answeredByRole" "StaffRole",
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Question_meetingId_status_idx" ON "Question"("meetingId", "status");

-- CreateIndex
CREATE INDEX "Question_status_createdAt_idx" ON "Question"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

