-- AlterTable
ALTER TABLE "twoFactor" ADD COLUMN     "lastCode" VARCHAR(6),
ADD COLUMN     "lastCodeAt" TIMESTAMPTZ(3);
