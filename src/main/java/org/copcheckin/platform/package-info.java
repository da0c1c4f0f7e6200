/**
 * The platform port: the {@link org.copcheckin.platform.ChatPlatform} interface the core calls, the neutral
 * references and messages it speaks in, and the neutral inbound records adapters hand to the core.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.copcheckin.platform;
