/**
 * Communities (one channel on one platform), their members' pairing preferences and organisations, and
 * who facilitates them.
 */
package org.copcheckin.community;
