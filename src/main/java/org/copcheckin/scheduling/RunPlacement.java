package org.copcheckin.scheduling;

import org.copcheckin.community.Community;

/**
 * Where a community's scheduled runs can be carried out. A platform whose connections are split across replicas
 * (Discord's shards) says whether this replica holds the community's connection; a run that fires elsewhere is
 * handed over through the database to a replica that does. Communities no placement handles run anywhere.
 */
public interface RunPlacement {

    /** Whether this placement decides for the community (its platform). */
    boolean handles(Community community);

    /** Whether this replica can carry out the community's runs now (it holds the connection, and it is up). */
    boolean runsHere(Community community);
}
