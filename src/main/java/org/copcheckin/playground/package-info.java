/**
 * The playground: a local web page, enabled when no platform token is set, where a newcomer plays a facilitator
 * and several members of one community through a third adapter of the {@link org.copcheckin.platform.ChatPlatform}
 * port that keeps the conversation in memory only. Off this machine it asks for the access key printed at start-up.
 */
package org.copcheckin.playground;
