-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "address" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200),
    "locale" VARCHAR(10) NOT NULL,
    "consentNote" VARCHAR(1000) NOT NULL,
    "unsubscribeToken" VARCHAR(64) NOT NULL,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "createdById" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContact_unsubscribeToken_key" ON "PartnerContact"("unsubscribeToken");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerContact_venueId_address_key" ON "PartnerContact"("venueId", "address");

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

