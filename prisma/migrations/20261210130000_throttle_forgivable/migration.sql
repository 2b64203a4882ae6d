-- AlterTable
ALTER TABLE "CredentialFailure" ADD COLUMN     "forgivable" INTEGER NOT NULL DEFAULT 0;

