/**
 * The Slack adapter: Bolt in HTTP mode (inside Spring MVC) or Socket Mode, one workspace or many through
 * OAuth, turning Slack requests into the core's neutral records and rendering the core's messages as Block
 * Kit. The only package that may use {@code com.slack..} types.
 */
package org.copcheckin.slack;
