package org.dovetail.rules.api;

/**
 * A check that says what it reads, so that incremental validation re-runs it only on the elements a change can
 * affect. Optional: a check that does not implement it is re-run over all its elements after every change, which
 * is always correct, only slower.
 *
 * <p>The declaration must cover everything {@link #check} reads, message arguments included (an element given as
 * argument is shown by its label: declare {@link ReadPaths.Path#label()}). A read that is not declared makes
 * incremental results go stale; the full run is unaffected.</p>
 *
 * <pre>{@code
 * public void declareReads(ReadPaths reads) {
 *     reads.element().read(ProcessPackage.Literals.STEP__OWNER).label();
 *     reads.element().container().label();            // the process named in the message
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface ScopedCheck extends ModelCheck {

    /** Declares, as paths starting at the checked element, every feature {@link #check} reads. */
    void declareReads(ReadPaths reads);
}
