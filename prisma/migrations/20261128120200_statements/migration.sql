-- CreateEnum
CREATE TYPE "StatementSection" AS ENUM ('WILL_NOT', 'STILL_APPLIES');

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "section" "StatementSection" NOT NULL,
    "position" INTEGER NOT NULL,
    "statedOn" DATE NOT NULL,
    "sourceUrl" VARCHAR(500),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTranslation" (
    "statementId" TEXT NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "text" VARCHAR(1000) NOT NULL,
    "source" VARCHAR(300) NOT NULL,

    CONSTRAINT "StatementTranslation_pkey" PRIMARY KEY ("statementId","locale")
);

-- CreateTable
CREATE TABLE "StatementVersion" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "statedOn" DATE NOT NULL,
    "sourceUrl" VARCHAR(500),
    "textEn" VARCHAR(1000) NOT NULL,
    "textEs" VARCHAR(1000) NOT NULL,
    "sourceEn" VARCHAR(300) NOT NULL,
    "sourceEs" VARCHAR(300) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Statement_section_position_idx" ON "Statement"("section", "position");

-- CreateIndex
CREATE INDEX "StatementVersion_statementId_recordedAt_idx" ON "StatementVersion"("statementId", "recordedAt");

-- AddForeignKey
ALTER TABLE "StatementTranslation" ADD CONSTRAINT "StatementTranslation_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementVersion" ADD CONSTRAINT "StatementVersion_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

