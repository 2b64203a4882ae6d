import ICAL from "ical.js";

// ical.js 2 predates RFC 7986 and reads NAME as an unknown (raw, still
// escaped) value. Declare it as TEXT, as the RFC does, so tests read what a
// calendar app shows. Every other property is parsed by ical.js as shipped.
ICAL.design.icalendar.property.name ??= { defaultType: "text" };

export type ParsedCalendar = {
  calendar: ICAL.Component;
  events: ICAL.Event[];
};

/** A calendar file or feed as an independent iCalendar parser reads it. */
export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}
