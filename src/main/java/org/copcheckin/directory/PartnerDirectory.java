package org.copcheckin.directory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.MemberProfile;
import org.copcheckin.community.Members;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's partner directory: the organisations a facilitator imported or members added, and the
 * organisations members named in their profiles with what they offer. Answers count members per organisation
 * and name only those who chose {@code /cop profile listed yes}.
 */
@Service
public class PartnerDirectory {

    /** Where an organisation's row came from. */
    public enum Source {
        IMPORTED, ADDED
    }

    /**
     * An organisation that offers what was asked.
     *
     * @param members       members of the community who work there and offer it
     * @param listedMembers the user ids of those who chose to be named
     */
    public record Match(String name, Optional<String> region, Optional<String> contact, int members,
                        List<String> listedMembers, boolean inDirectory) {
    }

    private final JdbcClient jdbc;
    private final Members members;
    private final Clock clock;

    PartnerDirectory(JdbcClient jdbc, Members members, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
    }

    /** Adds the organisation, or updates the one of the same name. */
    @Transactional
    public void save(Community community, Organisation organisation, Source source) {
        String key = key(organisation.name());
        String services = String.join(",", organisation.services());
        int updated = jdbc.sql("UPDATE partner_org SET name = ?, region = ?, region_key = ?, services = ?, contact = ?, "
                        + "source = ?, updated_on = ? WHERE community_id = ? AND name_key = ?")
                .params(organisation.name(), organisation.region().orElse(null),
                        organisation.region().map(PartnerDirectory::key).orElse(null), services,
                        organisation.contact().orElse(null), source.name(), today(), community.id(), key).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO partner_org (community_id, name, name_key, region, region_key, services, contact, "
                            + "source, updated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(community.id(), organisation.name(), key, organisation.region().orElse(null),
                            organisation.region().map(PartnerDirectory::key).orElse(null), services,
                            organisation.contact().orElse(null), source.name(), today()).update();
        }
    }

    /** Saves every organisation in one transaction. */
    @Transactional
    public void saveAll(Community community, List<Organisation> organisations, Source source) {
        organisations.forEach(organisation -> save(community, organisation, source));
    }

    @Transactional
    public boolean remove(Community community, String name) {
        return jdbc.sql("DELETE FROM partner_org WHERE community_id = ? AND name_key = ?")
                .params(community.id(), key(name)).update() > 0;
    }

    /** The organisations of the directory, by name. */
    public List<Organisation> organisations(Community community) {
        return jdbc.sql("SELECT name, region, services, contact FROM partner_org WHERE community_id = ? ORDER BY name_key")
                .param(community.id())
                .query((rs, row) -> new Organisation(rs.getString("name"), Optional.ofNullable(rs.getString("region")),
                        List.of(rs.getString("services").split(",")), Optional.ofNullable(rs.getString("contact"))))
                .list();
    }

    /** The organisations offering the service, in the region when one is given: the most members first. */
    public List<Match> find(Community community, String service, Optional<String> region) {
        Optional<String> regionKey = region.map(PartnerDirectory::key);
        Map<String, Match> byName = new LinkedHashMap<>();
        for (Organisation organisation : organisations(community)) {
            if (organisation.services().contains(service) && (regionKey.isEmpty()
                    || organisation.region().map(PartnerDirectory::key).equals(regionKey))) {
                byName.put(key(organisation.name()), new Match(organisation.name(), organisation.region(),
                        organisation.contact(), 0, List.of(), true));
            }
        }
        for (MemberProfile profile : members.all(community)) {
            if (!profile.offers().contains(service) || (regionKey.isPresent()
                    && !profile.region().map(PartnerDirectory::key).equals(regionKey))) {
                continue;
            }
            String name = profile.organisation().orElse("");
            Match known = byName.get(key(name));
            Match base = known != null ? known
                    : new Match(name, profile.region(), Optional.empty(), 0, List.of(), false);
            List<String> listed = new ArrayList<>(base.listedMembers());
            if (profile.listed()) {
                listed.add(profile.userId());
            }
            byName.put(key(name), new Match(base.name(), base.region().or(profile::region), base.contact(),
                    base.members() + 1, listed, base.inDirectory()));
        }
        return byName.values().stream()
                .sorted(Comparator.comparingInt(Match::members).reversed().thenComparing(m -> key(m.name())))
                .toList();
    }

    /** Names and regions compare folded: case and spacing do not matter. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Date today() {
        return Date.valueOf(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }
}
