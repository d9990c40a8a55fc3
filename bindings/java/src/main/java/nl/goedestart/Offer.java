/*
 * libgoedestart Java binding - an offer of a care-path catalogue (gs-catalog.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.time.LocalDate;
import java.util.Set;

/**
 * One offer of a {@link Catalog}: a care path at a level of the
 * self-reliance pyramid, with a scope, the topics and phases it serves
 * and optional age range, validity and contact. Immutable; read when the
 * catalogue is loaded.
 */
public final class Offer extends Value {
    private final int index;
    private final String id;
    private final String[] names;
    private final String provider;
    private final Level level;
    private final String scope;
    private final Scope scopeKind;
    private final boolean indication;
    private final Set<Topic> topics;
    private final int topicMask;
    private final Set<Phase> phases;
    private final int phaseMask;
    private final Integer minAgeMonths;
    private final Integer maxAgeMonths;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final String url;
    private final String phone;
    private final boolean firstChild;
    private final Integer maxCaregiverAge;
    private final Integer maxGestationalWeeks;

    Offer(int index, String id, String[] names, String provider, Level level, String scope,
            Scope scopeKind, boolean indication, Set<Topic> topics, int topicMask,
            Set<Phase> phases, int phaseMask, Integer minAgeMonths, Integer maxAgeMonths,
            LocalDate validFrom, LocalDate validTo, String url, String phone,
            boolean firstChild, Integer maxCaregiverAge, Integer maxGestationalWeeks) {
        this.index = index;
        this.id = id;
        this.names = names;
        this.provider = provider;
        this.level = level;
        this.scope = scope;
        this.scopeKind = scopeKind;
        this.indication = indication;
        this.topics = topics;
        this.topicMask = topicMask;
        this.phases = phases;
        this.phaseMask = phaseMask;
        this.minAgeMonths = minAgeMonths;
        this.maxAgeMonths = maxAgeMonths;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.url = url;
        this.phone = phone;
        this.firstChild = firstChild;
        this.maxCaregiverAge = maxCaregiverAge;
        this.maxGestationalWeeks = maxGestationalWeeks;
    }

    /**
     * The position in the catalogue (document order).
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * The offer's id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The offer's name ({@code gs_catalog_offer_name}).
     *
     * @param lang {@link Lang#EN} for English, else Dutch; an offer named in
     *        one language only gives that name for both
     * @return the name
     */
    public String name(Lang lang) {
        return names[lang.code()];
    }

    /**
     * The organisation providing it.
     *
     * @return the provider
     */
    public String provider() {
        return provider;
    }

    /**
     * The pyramid level.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }

    /**
     * The scope as written.
     *
     * @return {@code national}, {@code region}, a province token or a
     *         municipality code
     */
    public String scope() {
        return scope;
    }

    /**
     * The kind of scope.
     *
     * @return the kind
     */
    public Scope scopeKind() {
        return scopeKind;
    }

    /**
     * Whether the offer needs a formal referral or indication.
     *
     * @return {@code true} when it does
     */
    public boolean indication() {
        return indication;
    }

    /**
     * The topics it serves.
     *
     * @return an immutable set (at least one)
     */
    public Set<Topic> topics() {
        return topics;
    }

    /**
     * The topics as the library's bit set ({@code gs_catalog_offer_topics}).
     *
     * @return bit {@code 1 << topic code} for each topic
     */
    public int topicMask() {
        return topicMask;
    }

    /**
     * The phases it serves.
     *
     * @return an immutable set (at least one)
     */
    public Set<Phase> phases() {
        return phases;
    }

    /**
     * The phases as the library's bit set ({@code gs_catalog_offer_phases}).
     *
     * @return bit {@code 1 << phase code} for each phase
     */
    public int phaseMask() {
        return phaseMask;
    }

    /**
     * The lower bound of the age range (youngest child, completed months, inclusive).
     *
     * @return the bound, or {@code null} when none
     */
    public Integer minAgeMonths() {
        return minAgeMonths;
    }

    /**
     * The upper bound of the age range (inclusive).
     *
     * @return the bound, or {@code null} when none
     */
    public Integer maxAgeMonths() {
        return maxAgeMonths;
    }

    /**
     * The first day the offer is valid.
     *
     * @return the date, or {@code null} when unbounded
     */
    public LocalDate validFrom() {
        return validFrom;
    }

    /**
     * The last day the offer is valid.
     *
     * @return the date, or {@code null} when unbounded
     */
    public LocalDate validTo() {
        return validTo;
    }

    /**
     * The contact URL.
     *
     * @return the URL, or {@code null}
     */
    public String url() {
        return url;
    }

    /**
     * The contact phone number.
     *
     * @return the number, or {@code null}
     */
    public String phone() {
        return phone;
    }

    /**
     * Entry criterion {@code first-child}: the programme is for a first child
     * only (it matches only while the family has no child born on or before
     * the as-of date).
     *
     * @return {@code true} when the offer has the criterion
     */
    public boolean firstChild() {
        return firstChild;
    }

    /**
     * Entry criterion {@code max-caregiver-age}: the highest caregiver age in
     * whole years the programme admits, inclusive.
     *
     * @return 1-99, or {@code null} when the offer has none
     */
    public Integer maxCaregiverAge() {
        return maxCaregiverAge;
    }

    /**
     * Entry criterion {@code max-gestational-weeks} N: the programme admits
     * an ongoing pregnancy whose gestational age is below N x 7 days.
     *
     * @return 1-42, or {@code null} when the offer has none
     */
    public Integer maxGestationalWeeks() {
        return maxGestationalWeeks;
    }

    @Override
    Object[] fields() {
        return new Object[] {id, names, provider, level, scope, scopeKind, indication, topics,
            phases, minAgeMonths, maxAgeMonths, validFrom, validTo, url, phone, firstChild,
            maxCaregiverAge, maxGestationalWeeks};
    }
}
