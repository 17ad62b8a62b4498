package org.dovetail.rules.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import org.dovetail.model.Element;
import org.dovetail.model.Owned;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** How findings read in the workbench: severities, categories, owners and waiver status in words. */
public final class FindingTexts {

    private FindingTexts() {
    }

    /** "Error", "Warning", "Info". */
    public static String severity(Severity severity) {
        return severity == null ? "" : capitalised(severity.getName().toLowerCase(Locale.ROOT));
    }

    /** The rule-table row in words: "Decision and evidence mismatch". */
    public static String category(RuleCategory category) {
        if (category == null) {
            return "";
        }
        return switch (category) {
            case DECISION_EVIDENCE_MISMATCH -> "Decision and evidence mismatch";
            case DATA_EXCEPTION_MISMATCH -> "Data and exception mismatch";
            default -> capitalised(category.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        };
    }

    /** "Warning" for an open finding; "Warning (waived)", "Error (accepted)" once a decision settles it. */
    public static String severity(RuleFinding finding) {
        String severity = severity(finding.severity());
        return finding.isOpen() || finding.status() == null ? severity
                : severity + " (" + finding.status().getName().toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * The severity image of a finding, greyed once it is waived or accepted: in full colour a waived warning looks
     * like an open one. The greyed images live in JFace's image registry, which disposes them with the display.
     */
    public static Image image(RuleFinding finding) {
        Image image = severityImage(finding.severity());
        if (image == null || finding.isOpen()) {
            return image;
        }
        String key = FindingTexts.class.getName() + ".settled." + finding.severity().getName();
        ImageRegistry registry = JFaceResources.getImageRegistry();
        if (registry.getDescriptor(key) == null) {
            registry.put(key, ImageDescriptor.createWithFlags(ImageDescriptor.createFromImage(image), SWT.IMAGE_GRAY));
        }
        return registry.get(key);
    }

    /** The shared workbench image of a severity. */
    public static Image severityImage(Severity severity) {
        String id = severity == null ? null : switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return id == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(id);
    }

    /** The name of the owner of the element, or of its nearest owned container; empty when nobody owns it. */
    public static String owner(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Owned owned && owned.getOwner() != null) {
                return name(owned.getOwner());
            }
        }
        return "";
    }

    /** "Open", "Waived until 2027-03-31", "Accepted", "Open (waiver expired 2026-01-31)". */
    public static String status(RuleFinding finding) {
        Waiver waiver = finding.waiver();
        FindingStatus status = finding.status();
        String until = waiver == null || waiver.getExpiresOn() == null ? "" : " until " + day(waiver.getExpiresOn());
        return switch (status == null ? FindingStatus.OPEN : status) {
            case WAIVED -> "Waived" + until;
            case ACCEPTED -> "Accepted" + until;
            case RESOLVED -> "Resolved";
            case OPEN -> waiver != null && waiver.getExpiresOn() != null ? "Open (waiver expired " + day(waiver.getExpiresOn()) + ")" : "Open";
        };
    }

    /** The day of a model date, read in UTC as the engine reads waivers. */
    public static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public static String name(EObject element) {
        return element instanceof Element named && named.getName() != null ? named.getName() : "";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
