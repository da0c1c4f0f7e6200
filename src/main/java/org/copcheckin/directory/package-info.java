/**
 * The partner directory: which organisations serve the community's area and what they offer, from members'
 * profiles, a facilitator's CSV import and eco-map rounds. Organisations' public details only.
 */
package org.copcheckin.directory;
