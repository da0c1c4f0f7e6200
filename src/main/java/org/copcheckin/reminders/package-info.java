/**
 * Gentle reminders: one private message per check-in, a set time after the prompt, to members who have not taken
 * part and have not turned reminders off, outside the quiet hours of their own time zone.
 */
package org.copcheckin.reminders;
