-- AlterTable
ALTER TABLE "session" ADD COLUMN     "provedAt" TIMESTAMPTZ(3);

