package org.dovetail.editor.internal;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * Work on a large model that must run in the UI thread (EMF models are not thread-safe) but must not freeze it: the
 * items are read from the iterator and handled a slice of a few milliseconds at a time, with input and paint events in between, then
 * {@code done} runs. The run stops quietly as soon as {@code wanted} says false (the page closed, or a newer run
 * replaced this one because the model changed).
 */
public final class UiSlices<T> implements Runnable {

    /** How long one slice may hold the UI thread. */
    private static final long SLICE_NANOS = 20_000_000L;

    private final Display display;
    private final Iterator<? extends T> items;
    private final Consumer<? super T> each;
    private final BooleanSupplier wanted;
    private final Runnable done;

    private UiSlices(Display display, Iterator<? extends T> items, Consumer<? super T> each, BooleanSupplier wanted, Runnable done) {
        this.display = display;
        this.items = items;
        this.each = each;
        this.wanted = wanted;
        this.done = done;
    }

    /** Starts handling {@code items} with {@code each} at the next turn of the event loop. */
    public static <T> void start(Display display, Iterator<? extends T> items, Consumer<? super T> each, BooleanSupplier wanted,
            Runnable done) {
        display.asyncExec(new UiSlices<>(display, items, each, wanted, done));
    }

    @Override
    public void run() {
        if (!wanted.getAsBoolean()) {
            return;
        }
        long end = System.nanoTime() + SLICE_NANOS;
        try {
            while (items.hasNext()) {
                for (int count = 0; count < 256 && items.hasNext(); count++) {
                    each.accept(items.next());
                }
                if (System.nanoTime() - end > 0) {
                    // A timer, not asyncExec: input and paint events get their turn between slices.
                    display.timerExec(1, this);
                    return;
                }
            }
        } catch (ConcurrentModificationException e) {
            // The model changed between slices without a refresh (its page was hidden): showing it again counts anew.
            return;
        }
        done.run();
    }
}
