import type { MeetingStatus, Publication, VenueKind } from "@/lib/generated/prisma/enums";
import { addDaysToDateKey } from "@/lib/time/central-time";

/**
 * Demo content for the embedded database, drawn from the news story behind
 * the project: the Dallas Police Department's outreach series in immigrant
 * communities, opening at Familia Bethel Internacional. Dates are computed
 * from "today" so the demo always has a few past sessions and upcoming ones
 * through the next Feb 20. Addresses are invented and flagged as demo data.
 */

export type Localized<T> = { en: T; es: T };

export type DemoVenue = {
  slug: string;
  kind: VenueKind;
  name: string;
  street: string;
  city: string;
  postalCode: string;
  neighborhood: string;
  policeDivision: string;
  isPartner: boolean;
  description: Localized<string>;
};

export type DemoMeeting = {
  slug: string;
  venueSlug: string;
  date: string;
  startTime: string;
  endTime: string;
  spokenLanguages: string[];
  interpretation: string[];
  hostName: string;
  hostTitle: Localized<string>;
  wheelchairAccessible: boolean;
  parkingAvailable: boolean;
  transitNearby: boolean;
  childcareProvided: boolean;
  status: MeetingStatus;
  /** Whether residents see it: two demo sessions are still being prepared (a draft, one waiting for review). */
  publication: Publication;
  title: Localized<string>;
  description: Localized<string>;
  accessibilityNotes: Localized<string> | null;
  statusNote: Localized<string> | null;
};

export type DemoSeries = {
  slug: string;
  organizer: string;
  startsOn: string;
  endsOn: string;
  title: Localized<string>;
  description: Localized<string>;
};

export const DEMO_SERIES_SLUG = "dpd-community-outreach";

/** The next Feb 20 at least a week away, so the demo never ends tomorrow. */
export function demoSeriesEnd(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-02-20`;
  return addDaysToDateKey(today, 7) <= thisYear ? thisYear : `${year + 1}-02-20`;
}

export const DEMO_VENUES: DemoVenue[] = [
  {
    slug: "familia-bethel-internacional",
    kind: "CHURCH",
    name: "Familia Bethel Internacional",
    street: "100 Demo Street",
    city: "Dallas",
    postalCode: "75211",
    neighborhood: "Oak Cliff",
    policeDivision: "Southwest",
    isPartner: true,
    description: {
      en: "A Spanish-speaking congregation in Oak Cliff that hosted the first session of the series.",
      es: "Una congregación de habla hispana en Oak Cliff que recibió la primera reunión de la serie.",
    },
  },
  {
    slug: "parroquia-san-jose-obrero",
    kind: "CHURCH",
    name: "Parroquia San José Obrero",
    street: "200 Demo Avenue",
    city: "Dallas",
    postalCode: "75217",
    neighborhood: "Pleasant Grove",
    policeDivision: "Southeast",
    isPartner: true,
    description: {
      en: "A Catholic parish in Pleasant Grove with Sunday Mass in Spanish.",
      es: "Una parroquia católica en Pleasant Grove con misa dominical en español.",
    },
  },
  {
    slug: "iglesia-nueva-esperanza",
    kind: "CHURCH",
    name: "Iglesia Bautista Nueva Esperanza",
    street: "300 Demo Boulevard",
    city: "Dallas",
    postalCode: "75220",
    neighborhood: "Bachman Lake",
    policeDivision: "Northwest",
    isPartner: true,
    description: {
      en: "A Baptist church near Bachman Lake that opens its hall to neighbors.",
      es: "Una iglesia bautista cerca de Bachman Lake que abre su salón a los vecinos.",
    },
  },
  {
    slug: "escuela-benito-juarez",
    kind: "SCHOOL",
    name: "Benito Juárez Elementary School",
    street: "400 Demo Road",
    city: "Dallas",
    postalCode: "75212",
    neighborhood: "West Dallas",
    policeDivision: "Northwest",
    isPartner: false,
    description: {
      en: "An elementary school in West Dallas; sessions are held in the cafeteria.",
      es: "Una escuela primaria en West Dallas; las reuniones son en la cafetería.",
    },
  },
  {
    slug: "centro-comunitario-vickery",
    kind: "COMMUNITY_CENTER",
    name: "Vickery Meadow Community Center",
    street: "500 Demo Lane",
    city: "Dallas",
    postalCode: "75231",
    neighborhood: "Vickery Meadow",
    policeDivision: "Northeast",
    isPartner: false,
    description: {
      en: "A neighborhood community center with rooms for families and children.",
      es: "Un centro comunitario de barrio con salones para familias y niños.",
    },
  },
];

export const DEMO_SERIES_TEXT = {
  organizer: "Dallas Police Department",
  title: {
    en: "Dallas Police community meetings",
    es: "Reuniones comunitarias de la Policía de Dallas",
  },
  description: {
    en: "The Dallas Police Department meets with immigrant communities to explain what local police do and do not do, and to answer questions in person.",
    es: "El Departamento de Policía de Dallas se reúne con las comunidades inmigrantes para explicar lo que la policía local hace y no hace, y para responder sus preguntas en persona.",
  },
} as const;

const SESSION_TEXT = {
  title: {
    en: "Community meeting with Dallas Police",
    es: "Reunión comunitaria con la Policía de Dallas",
  },
  description: {
    en: "Officers explain the department's commitments: local police do not take part in federal immigration raids, calling 911 or a traffic stop will not lead to deportation, and there are no arrests at churches, schools or hospitals. Bring your questions; you do not need to give your name.",
    es: "Los oficiales explican los compromisos del departamento: la policía local no participa en redadas federales de inmigración, llamar al 911 o una parada de tránsito no lo llevará a la deportación, y no hay arrestos en iglesias, escuelas ni hospitales. Traiga sus preguntas; no necesita dar su nombre.",
  },
  hostTitle: { en: "Community Affairs Unit", es: "Unidad de Asuntos Comunitarios" },
} as const;

type SessionPlan = {
  venueSlug: string;
  languages: string[];
  interpretation: string[];
  startTime: string;
  endTime: string;
  hostName: string;
  childcare: boolean;
};

// Rotates through venues; the first entry is the series' opening session.
const SESSION_PLANS: SessionPlan[] = [
  {
    venueSlug: "familia-bethel-internacional",
    languages: ["es"],
    interpretation: ["en"],
    startTime: "18:30",
    endTime: "20:00",
    hostName: "Lt. Ana Ramírez",
    childcare: true,
  },
  {
    venueSlug: "parroquia-san-jose-obrero",
    languages: ["es"],
    interpretation: [],
    startTime: "13:00",
    endTime: "14:30",
    hostName: "Sgt. Luis Herrera",
    childcare: false,
  },
  {
    venueSlug: "escuela-benito-juarez",
    languages: ["es", "en"],
    interpretation: [],
    startTime: "18:00",
    endTime: "19:30",
    hostName: "Lt. Ana Ramírez",
    childcare: true,
  },
  {
    venueSlug: "centro-comunitario-vickery",
    languages: ["en"],
    interpretation: ["es"],
    startTime: "18:30",
    endTime: "20:00",
    hostName: "Officer David Nguyen",
    childcare: false,
  },
  {
    venueSlug: "iglesia-nueva-esperanza",
    languages: ["es"],
    interpretation: ["en"],
    startTime: "19:00",
    endTime: "20:30",
    hostName: "Sgt. Luis Herrera",
    childcare: true,
  },
];

const PAST_SESSIONS = 3;
// Twenty upcoming sessions: the size the page-weight budget is measured at.
const UPCOMING_SESSIONS = 20;
// Upcoming index that is cancelled in the demo, with a note.
const CANCELLED_INDEX = 4;

const CANCELLED_NOTE = {
  en: "Cancelled because the hall is needed for a funeral. Please join us at the next session.",
  es: "Se canceló porque el salón se necesita para un funeral. Lo esperamos en la próxima reunión.",
};

function planFor(index: number): SessionPlan {
  return SESSION_PLANS[index % SESSION_PLANS.length] as SessionPlan;
}

/** Calendar days (relative to today) of every demo session, oldest first. */
function sessionOffsets(today: string, endsOn: string): number[] {
  const daysLeft = Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const past = [-21, -14, -7].slice(3 - PAST_SESSIONS);
  const upcoming = Array.from({ length: UPCOMING_SESSIONS }, (_, i) =>
    // Evenly spread from two days out to the series end (the last session).
    Math.round(2 + (i * (daysLeft - 2)) / (UPCOMING_SESSIONS - 1)),
  );
  return [...past, ...upcoming];
}

export function buildDemoData(today: string): {
  series: DemoSeries;
  venues: DemoVenue[];
  meetings: DemoMeeting[];
} {
  const endsOn = demoSeriesEnd(today);
  const offsets = sessionOffsets(today, endsOn);
  const meetings = offsets.map((offset, index): DemoMeeting => {
    const plan = planFor(index);
    const cancelled = index === PAST_SESSIONS + CANCELLED_INDEX;
    return {
      // Stable seed keys: re-seeding on another day moves dates, never duplicates.
      slug: `demo-${plan.venueSlug}-${index + 1}`,
      venueSlug: plan.venueSlug,
      date: addDaysToDateKey(today, offset),
      startTime: plan.startTime,
      endTime: plan.endTime,
      spokenLanguages: plan.languages,
      interpretation: plan.interpretation,
      hostName: plan.hostName,
      hostTitle: SESSION_TEXT.hostTitle,
      wheelchairAccessible: true,
      parkingAvailable: plan.venueSlug !== "centro-comunitario-vickery",
      transitNearby: index % 2 === 0,
      childcareProvided: plan.childcare,
      status: cancelled ? "CANCELLED" : "SCHEDULED",
      publication: "PUBLISHED",
      title: SESSION_TEXT.title,
      description: SESSION_TEXT.description,
      accessibilityNotes: plan.childcare
        ? {
            en: "Step-free entrance on the side of the building. Childcare in the next room.",
            es: "Entrada sin escalones al costado del edificio. Cuidado de niños en el salón de al lado.",
          }
        : null,
      statusNote: cancelled ? CANCELLED_NOTE : null,
    };
  });

  return {
    series: {
      slug: DEMO_SERIES_SLUG,
      organizer: DEMO_SERIES_TEXT.organizer,
      startsOn: meetings[0]?.date ?? today,
      endsOn,
      title: DEMO_SERIES_TEXT.title,
      description: DEMO_SERIES_TEXT.description,
    },
    venues: DEMO_VENUES,
    meetings: [...meetings, ...sessionsInPreparation(today)],
  };
}

/**
 * Two morning sessions staff are still preparing, so the staff area shows
 * its drafts and review tabs: nowhere public until published. Mornings, so
 * they never overlap an evening demo session; within the first week, so
 * always inside the series.
 */
function sessionsInPreparation(today: string): DemoMeeting[] {
  const base: Omit<DemoMeeting, "slug" | "venueSlug" | "date" | "startTime" | "endTime" | "publication" | "title"> = {
    spokenLanguages: ["es"],
    interpretation: [],
    hostName: "Sgt. Luis Herrera",
    hostTitle: SESSION_TEXT.hostTitle,
    wheelchairAccessible: true,
    parkingAvailable: true,
    transitNearby: false,
    childcareProvided: false,
    status: "SCHEDULED",
    description: SESSION_TEXT.description,
    accessibilityNotes: null,
    statusNote: null,
  };
  return [
    {
      ...base,
      slug: "demo-draft-escuela-benito-juarez",
      venueSlug: "escuela-benito-juarez",
      date: addDaysToDateKey(today, 3),
      startTime: "10:00",
      endTime: "11:30",
      publication: "DRAFT",
      title: {
        en: "Parents' morning with Dallas Police (draft)",
        es: "Mañana para padres con la Policía de Dallas (borrador)",
      },
    },
    {
      ...base,
      slug: "demo-review-centro-comunitario-vickery",
      venueSlug: "centro-comunitario-vickery",
      date: addDaysToDateKey(today, 5),
      startTime: "10:00",
      endTime: "11:30",
      publication: "IN_REVIEW",
      title: { en: "Neighbors' coffee with Dallas Police", es: "Café con vecinos y la Policía de Dallas" },
    },
  ];
}

export type DemoStatement = {
  /** Fixed, so seeding again finds it (and leaves an admin's edits alone). */
  id: string;
  section: "WILL_NOT" | "STILL_APPLIES";
  position: number;
  text: Localized<string>;
  source: Localized<string>;
};

/**
 * The department's four public commitments as the news story reports them:
 * said by Interim Chief Michael Igo at the opening community meeting at
 * Familia Bethel Internacional. Admins keep them current under
 * /admin/statements.
 */
export const DEMO_STATEMENTS: DemoStatement[] = [
  {
    id: "demo-statement-raids",
    section: "WILL_NOT",
    position: 1,
    text: {
      en: "Dallas police will not help federal immigration agents detain people because of their immigration status, and will not join federal deportation raids.",
      es: "La policía de Dallas no ayudará a los agentes federales de inmigración a detener a personas por su situación migratoria, y no participará en redadas federales de deportación.",
    },
    source: {
      en: "Interim Chief Michael Igo, community meeting at Familia Bethel Internacional",
      es: "Jefe interino Michael Igo, reunión comunitaria en Familia Bethel Internacional",
    },
  },
  {
    id: "demo-statement-call911",
    section: "WILL_NOT",
    position: 2,
    text: {
      en: "Calling 911 for help, or being stopped for a traffic violation, will not lead to deportation. You can call the police when you need them.",
      es: "Llamar al 911 para pedir ayuda, o ser detenido por una infracción de tránsito, no lo llevará a la deportación. Usted puede llamar a la policía cuando la necesite.",
    },
    source: {
      en: "Interim Chief Michael Igo, community meeting at Familia Bethel Internacional",
      es: "Jefe interino Michael Igo, reunión comunitaria en Familia Bethel Internacional",
    },
  },
  {
    id: "demo-statement-sensitiveplaces",
    section: "WILL_NOT",
    position: 3,
    text: {
      en: "There will be no arrests or raids at churches, schools or hospitals.",
      es: "No habrá arrestos ni redadas en iglesias, escuelas ni hospitales.",
    },
    source: {
      en: "Interim Chief Michael Igo, community meeting at Familia Bethel Internacional",
      es: "Jefe interino Michael Igo, reunión comunitaria en Familia Bethel Internacional",
    },
  },
  {
    id: "demo-statement-warrants",
    section: "STILL_APPLIES",
    position: 1,
    text: {
      en: "Dallas police enforce state and local law. People with outstanding arrest warrants can still be arrested, and may still face deportation.",
      es: "La policía de Dallas hace cumplir las leyes estatales y locales. Las personas con órdenes de arresto pendientes todavía pueden ser arrestadas y podrían enfrentar la deportación.",
    },
    source: {
      en: "Dallas Police Department, community meeting at Familia Bethel Internacional",
      es: "Departamento de Policía de Dallas, reunión comunitaria en Familia Bethel Internacional",
    },
  },
];
