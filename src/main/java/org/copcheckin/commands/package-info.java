/**
 * The {@code /cop} command: one catalogue of subcommands from which come parsing, usage help, authorisation,
 * Discord's registration and dispatch to the features. Every adapter hands its slash commands here as {@link org.copcheckin.platform.CommandInvoked}.
 */
package org.copcheckin.commands;
