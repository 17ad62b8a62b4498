package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The selected canvas elements, in the order they were selected; the last one is the primary selection. */
public final class CanvasSelection {

    private final LinkedHashSet<Object> elements = new LinkedHashSet<>();
    private final List<Consumer<CanvasSelection>> listeners = new ArrayList<>();

    public List<Object> elements() {
        return List.copyOf(elements);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public boolean contains(Object element) {
        return elements.contains(element);
    }

    /** The element selected last, or null. */
    public Object primary() {
        Object last = null;
        for (Object element : elements) {
            last = element;
        }
        return last;
    }

    public void set(Collection<?> newElements) {
        if (elements.size() == newElements.size() && elements.containsAll(newElements)
                && List.copyOf(elements).equals(List.copyOf(new LinkedHashSet<>(newElements)))) {
            return;
        }
        elements.clear();
        elements.addAll(newElements);
        fire();
    }

    public void add(Collection<?> more) {
        boolean changed = false;
        for (Object element : more) {
            // Re-adding moves it to the end: it becomes the primary selection.
            changed |= elements.remove(element) | elements.add(element);
        }
        if (changed) {
            fire();
        }
    }

    public void toggle(Object element) {
        if (!elements.remove(element)) {
            elements.add(element);
        }
        fire();
    }

    /** Drops elements that are no longer shown (after a refresh). */
    public void retainAll(Set<Object> shown) {
        if (elements.retainAll(shown)) {
            fire();
        }
    }

    public void addListener(Consumer<CanvasSelection> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CanvasSelection> listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Consumer<CanvasSelection> listener : List.copyOf(listeners)) {
            listener.accept(this);
        }
    }
}
