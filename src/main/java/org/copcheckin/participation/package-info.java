/** One-click participation: emoji reactions on prompts, and feeling buttons that answer a one-word prompt. */
package org.copcheckin.participation;
