-- The sign-in throttle's old rows (one per failure) are dropped, not converted:
-- counts are short-lived, and starting afresh only allows a few attempts again.

-- DropTable
DROP TABLE "LoginFailure";

-- CreateTable
CREATE TABLE "CredentialFailure" (
    "address" VARCHAR(64) NOT NULL,
    "account" VARCHAR(254) NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CredentialFailure_pkey" PRIMARY KEY ("address","account")
);

-- CreateIndex
CREATE INDEX "CredentialFailure_lastFailureAt_idx" ON "CredentialFailure"("lastFailureAt");

