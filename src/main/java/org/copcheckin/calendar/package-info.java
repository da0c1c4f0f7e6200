/**
 * The school calendar: ranges of days on which a community's scheduled runs do not run (winter break, a holiday),
 * set by a facilitator or read from a district's iCalendar feed, fetched safely; {@link
 * org.copcheckin.calendar.SchoolCalendar} is the module's door.
 */
package org.copcheckin.calendar;
