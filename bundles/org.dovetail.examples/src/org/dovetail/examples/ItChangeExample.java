package org.dovetail.examples;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;

/**
 * The IT change enablement example: normal changes authorised by a change advisory board (CAB) in an ITSM tool.
 *
 * <p>Policy: every normal change is risk-assessed and authorised by the CAB before implementation, and nobody
 * authorises their own change. The ITSM tool lets engineers move a change flagged as pre-approved straight to
 * implementation, and every user may record a CAB approval; emergency changes are agreed in a chat channel; the
 * change calendar lives on in a spreadsheet; an AI risk prediction sets the risk level with nobody named to
 * review or override it; the audit export shows 9 % of normal changes implemented without authorisation; a
 * learning-team session recorded that engineers start work before authorisation when the maintenance window is
 * near, because the CAB meets weekly.</p>
 *
 * <p>Built area by area ({@link ItChangeProcess}, {@link ItChangeItsm}, {@link ItChangeGovernance},
 * {@link ItChangeWorkAsDone}); every deliberate gap is commented with its rule-table row and listed in
 * {@code models/GAPS.md}; the corrected variant fixes each of them.</p>
 */
public final class ItChangeExample {

    /** The example's name: the prefix of every id and the base of its file name. */
    public static final String NAME = "it-change-enablement";

    private ItChangeExample() {
    }

    public static DovetailModel build(boolean corrected) {
        ModelBuilder b = new ModelBuilder(NAME, corrected);
        DovetailModel model = b.named(DovetailFactory.eINSTANCE.createDovetailModel(), "IT change enablement",
                "Change enablement at an online payments company: how production changes are assessed, authorised,"
                        + " implemented and verified, as documented, as enforced by the ITSM tool and as actually done.");
        model.setVersion(corrected ? "2026.2-corrected" : "2026.2");
        model.getPeople().add(b.person("Maya Lindqvist", "Head of IT Service Management", "maya.lindqvist@example.com"));
        model.getPeople().add(b.person("Raj Patel", "Change Manager", "raj.patel@example.com"));
        model.getPeople().add(b.person("Carlos Mendes", "Chief Information Officer", "carlos.mendes@example.com"));
        model.getPeople().add(b.person("Hannah Brooks", "ITSM Platform Owner", "hannah.brooks@example.com"));
        model.getPeople().add(b.person("Oliver Grant", "IT Risk and Compliance Manager", "oliver.grant@example.com"));
        model.getPeople().add(b.person("Aisha Khan", "Learning-Team Facilitator", "aisha.khan@example.com"));
        model.getPeople().add(b.person("Felix Wagner", "Service Owner, Payments Platform", "felix.wagner@example.com"));
        model.getPeople().add(b.person("Nina Sato", "Information Security Officer", "nina.sato@example.com"));
        model.getPeople().add(b.person("Ben Carter", "Site Reliability Lead", "ben.carter@example.com"));
        ItChangeProcess.build(b, model);
        ItChangeItsm.build(b, model);
        ItChangeGovernance.build(b, model);
        ItChangeWorkAsDone.build(b, model);
        return model;
    }
}
