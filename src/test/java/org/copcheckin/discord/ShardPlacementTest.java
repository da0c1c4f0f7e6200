package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Discord's rule for which shard holds a server: {@code (guild_id >> 22) % shard_total}. */
class ShardPlacementTest {

    @Test
    void aServerBelongsToTheShardDiscordsFormulaNames() {
        // the example of Discord's gateway documentation: 41771983423143937 with 16 shards is on shard 6
        assertThat(ShardPlacement.shardOf(41771983423143937L, 16)).isEqualTo(6);
        assertThat(ShardPlacement.shardOf(41771983423143937L, 4)).isEqualTo(2);
        assertThat(ShardPlacement.shardOf(613425648685547541L, 3)).isEqualTo(2);
        assertThat(ShardPlacement.shardOf(613425648685547541L, 1)).isZero();
    }
}
