-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'POSTPONED');

-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('CHURCH', 'SCHOOL', 'COMMUNITY_CENTER', 'LIBRARY', 'OTHER');

-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "organizer" VARCHAR(200) NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'America/Chicago',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeriesTranslation" (
    "seriesId" TEXT NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(4000) NOT NULL,

    CONSTRAINT "SeriesTranslation_pkey" PRIMARY KEY ("seriesId","locale")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
    "slug" VARCHAR(120) NOT NULL,
    "kind" "VenueKind" NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "street" VARCHAR(200) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "region" VARCHAR(50) NOT NULL DEFAULT 'TX',
    "postalCode" VARCHAR(10) NOT NULL,
    "neighborhood" VARCHAR(120),
    "policeDivision" VARCHAR(120),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "isPartner" BOOLEAN NOT NULL DEFAULT false,
    "contactName" VARCHAR(200),
    "contactPhone" VARCHAR(40),
    "contactEmail" VARCHAR(200),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VenueTranslation" (
    "venueId" TEXT NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "description" VARCHAR(2000),
    "directions" VARCHAR(1000),

    CONSTRAINT "VenueTranslation_pkey" PRIMARY KEY ("venueId","locale")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "slug" VARCHAR(160) NOT NULL,
    "seriesId" TEXT NOT NULL,
    "venueId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "previousStartsAt" TIMESTAMPTZ(3),
    "spokenLanguages" VARCHAR(10)[],
    "interpretation" VARCHAR(10)[],
    "hostName" VARCHAR(200) NOT NULL,
    "wheelchairAccessible" BOOLEAN NOT NULL DEFAULT false,
    "parkingAvailable" BOOLEAN NOT NULL DEFAULT false,
    "transitNearby" BOOLEAN NOT NULL DEFAULT false,
    "childcareProvided" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" VARCHAR(64),
    "updatedById" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTranslation" (
    "meetingId" TEXT NOT NULL,
    "locale" VARCHAR(10) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(5000) NOT NULL,
    "hostTitle" VARCHAR(200),
    "accessibilityNotes" VARCHAR(1000),
    "statusNote" VARCHAR(1000),

    CONSTRAINT "MeetingTranslation_pkey" PRIMARY KEY ("meetingId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "Series_slug_key" ON "Series"("slug");

-- CreateIndex
CREATE INDEX "Series_endsOn_idx" ON "Series"("endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Venue_slug_key" ON "Venue"("slug");

-- CreateIndex
CREATE INDEX "Venue_policeDivision_idx" ON "Venue"("policeDivision");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_seriesId_startsAt_idx" ON "Meeting"("seriesId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_venueId_startsAt_idx" ON "Meeting"("venueId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- AddForeignKey
ALTER TABLE "SeriesTranslation" ADD CONSTRAINT "SeriesTranslation_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueTranslation" ADD CONSTRAINT "VenueTranslation_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTranslation" ADD CONSTRAINT "MeetingTranslation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

