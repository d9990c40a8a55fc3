/*
 * libgoedestart example (Java): a dossier vendor fills a family from its
 * own records (no XML), assesses it with the default pack and the embedded
 * Veenkoloniën catalogue, and shows the professional the proposal, the
 * reasons and the local routes - in Dutch.
 *
 *   javac -cp goedestart-java.jar:/usr/share/java/jna.jar AssessFamily.java
 *   java -Dgoedestart.library=/usr/lib/x86_64-linux-gnu/libgoedestart.so.0 \
 *        -cp .:goedestart-java.jar:/usr/share/java/jna.jar AssessFamily
 *
 * The family is the example of spec/formats.md: a second pregnancy with
 * financial worries and smoking, a toddler, and a goal on finances.
 * SPDX-License-Identifier: EUPL-1.2
 */
import java.time.LocalDate;
import java.util.List;
import nl.goedestart.Assessment;
import nl.goedestart.CareNeed;
import nl.goedestart.Catalog;
import nl.goedestart.Concern;
import nl.goedestart.DmopDomain;
import nl.goedestart.DmopRating;
import nl.goedestart.Family;
import nl.goedestart.GoedestartException;
import nl.goedestart.Lang;
import nl.goedestart.Level;
import nl.goedestart.Pack;
import nl.goedestart.PhDimension;
import nl.goedestart.PregnancyOutcome;
import nl.goedestart.ReviewOutcome;
import nl.goedestart.Role;
import nl.goedestart.Setting;
import nl.goedestart.SignalKind;
import nl.goedestart.Signaller;
import nl.goedestart.Topic;
import nl.goedestart.ZrmDomain;

public final class AssessFamily {
    /** A row of the vendor's own "person" table. */
    static final class PersonRow {
        final String id;
        final String kind;          // "parent", "partner", "child", "pregnancy"
        final String born;          // children: date of birth; pregnancies: due date
        final String related;       // pregnancy: its mother; child: its pregnancy
        final String ended;         // pregnancy: end date (or null)

        PersonRow(String id, String kind, String born, String related, String ended) {
            this.id = id;
            this.kind = kind;
            this.born = born;
            this.related = related;
            this.ended = ended;
        }
    }

    /** The vendor's records of one family, as its database returns them. */
    static final List<PersonRow> PEOPLE = List.of(
            new PersonRow("P1", "parent", null, null, null),
            new PersonRow("P2", "partner", null, null, null),
            new PersonRow("Z0", "pregnancy", "2023-06-15", "P1", "2023-06-11"),
            new PersonRow("Z1", "pregnancy", "2026-04-20", "P1", null),
            new PersonRow("C1", "child", "2023-06-11", "Z0", null));

    static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** Maps the vendor's records onto the builder; the library checks everything. */
    static Family fromRecords() {
        Family.Builder b = Family.builder("F-0001", "GM0114", day("2023-06-20"));
        for (PersonRow p : PEOPLE) {
            switch (p.kind) {
                case "parent":
                    b.caregiver(p.id, Role.BIRTH_PARENT);
                    break;
                case "partner":
                    b.caregiver(p.id, Role.PARTNER);
                    break;
                case "pregnancy":
                    String child = PEOPLE.stream().filter(c -> p.id.equals(c.related)
                            && c.kind.equals("child")).map(c -> c.id).findFirst().orElse(null);
                    b.pregnancy(p.id, p.related, day(p.born), day(p.ended),
                            p.ended == null ? PregnancyOutcome.NONE : PregnancyOutcome.BIRTH,
                            p.ended == null ? null : child);
                    break;
                default:
                    b.child(p.id, day(p.born), p.related);
                    break;
            }
        }
        // The midwife's screening and the well-baby clinic's observations.
        b.contact("K1", day("2025-11-17"), "vk-screening", Setting.MIDWIFE_PRACTICE,
                        Signaller.MIDWIFE, "Z1")
                .screening("K1", Topic.FINANCES_DEBT, Concern.SOME)
                .screening("K1", Topic.SMOKING, Concern.HIGH)
                .helpRequested("K1", true)
                .contact("K2", day("2025-12-01"), "ad-hoc", Setting.WELL_BABY_CLINIC,
                        Signaller.JGZ_NURSE, "C1")
                .dmop("K2", DmopDomain.SOCIAL_NETWORK, DmopRating.FAIR)
                .zrm("K2", "P1", ZrmDomain.FINANCES, 2)
                .positiveHealth("K2", PhDimension.MEANINGFULNESS, 6)
                .signal("K2", "S1", Topic.HOUSING, SignalKind.RISK, 2)
                // The plan agreed with the family.
                .goal("G1", Topic.FINANCES_DEBT, day("2025-12-01"), day("2026-06-01"))
                .action("G1", "A1", Level.VOLUNTEERS, "sterk-uit-armoede", day("2025-12-08"), null,
                        true, Signaller.JGZ_NURSE)
                .review("A1", day("2026-01-19"), ReviewOutcome.PARTIAL);
        return b.build(); // references, dates and plan rules are checked here
    }

    public static void main(String[] args) {
        // The rules (pack) and the local social map (catalogue): load them
        // once and share them between threads.
        try (Pack pack = Pack.loadDefault();
                Catalog catalog = Catalog.loadDefault();
                Family family = fromRecords();
                // As of an explicit date: the library never reads the clock.
                Assessment a = Assessment.of(family, day("2026-01-20"), pack, catalog)) {
            CareNeed proposal = a.careNeed();
            System.out.printf("Gezin %s (%s): voorstel %s%n", family.id(),
                    catalog.municipalities().stream()
                            .filter(m -> m.code().equals(family.municipality()))
                            .map(m -> m.name()).findFirst().orElse(family.municipality()),
                    proposal.label(Lang.NL));
            System.out.println("Redenen:");
            for (Assessment.Reason r : a.reasons()) {
                System.out.printf("  - %s: %s%n", r.rule(), r.text(Lang.NL));
            }
            System.out.println("Behoeften en lokale routes:");
            for (Assessment.Need n : a.needs()) {
                System.out.printf("  %s (ernst %d) -> niveau %d, %s%s%n", n.topic().label(Lang.NL),
                        n.severity(), n.level().code(), n.level().label(Lang.NL),
                        n.newGoal() ? " [nieuw doel voorstellen]" : "");
                for (Assessment.Route route : n.routes()) {
                    System.out.printf("      * %s - %s (%s)%s%n", route.name(Lang.NL),
                            route.provider(), route.scope(),
                            route.indication() ? " [verwijzing nodig]" : "");
                }
                if (n.gap() != null) {
                    System.out.printf("      ! geen aanbod op niveau %d-%d%n", n.gap().from().code(),
                            n.gap().to().code());
                }
            }
            for (Assessment.Advice adv : a.advice()) {
                if (adv.move() != null) {
                    System.out.printf("Advies bij actie %s (doel %s): %s - %s%n", adv.action(),
                            adv.goal(), adv.move().label(Lang.NL), adv.ruleText(Lang.NL));
                }
            }
        } catch (GoedestartException e) {
            // file:line:column: message, as the library gives it
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
