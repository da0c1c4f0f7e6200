package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose admins count: the installation's own team, or its Enterprise Grid organisation; nobody else's. */
class HomeWorkspacesTest {

    private final HomeWorkspaces.Home workspace = new HomeWorkspaces.Home("T-DISTRICT", null);
    private final HomeWorkspaces.Home grid = new HomeWorkspaces.Home("T-DISTRICT", "E-STATE");

    @Test
    void aMemberOfTheInstallationsTeamBelongsToIt() {
        assertThat(workspace.owns("T-DISTRICT", null)).isTrue();
        assertThat(grid.owns("T-DISTRICT", "E-STATE")).isTrue();
    }

    @Test
    void anotherOrganisationsMemberInASlackConnectChannelDoesNot() {
        assertThat(workspace.owns("T-PARTNER", null)).isFalse();
        assertThat(workspace.owns("T-PARTNER", "E-PARTNER")).isFalse();
        assertThat(grid.owns("T-PARTNER", "E-PARTNER")).isFalse();
        assertThat(workspace.owns(null, null)).isFalse();
    }

    @Test
    void anotherWorkspaceOfTheSameEnterpriseGridDoes() {
        assertThat(grid.owns("T-COUNTY", "E-STATE")).isTrue();
    }
}
