/**
 * The {@code /cop} command: parsing text into typed commands, usage help, authorisation and dispatch to the
 * features. Every adapter hands its slash commands here as {@link org.copcheckin.platform.CommandInvoked}.
 */
package org.copcheckin.commands;
