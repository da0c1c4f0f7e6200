/**
 * Schedules: the {@code <when>} grammar, schedules kept in Quartz's JDBC job store, their run history with
 * grace periods for missed runs, and the {@code status} report. The only module that touches Quartz.
 */
package org.copcheckin.scheduling;
