package org.dovetail.diagram.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * The Java functions diagram descriptions refer to by id: expressions (labels, predicates, candidates, edge ends)
 * and tool operations. Ids are global; by convention they start with the contributing viewpoint's id
 * ({@code process-flow.lane-steps}). Registering an id twice is an error, so two vendors cannot silently replace
 * each other's functions.
 *
 * @since 0.1
 */
public final class ExpressionRegistry {

    private final Map<String, Expression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ToolOperation> operations = new ConcurrentHashMap<>();

    public ExpressionRegistry register(String id, Expression expression) {
        if (expressions.putIfAbsent(requireId(id), expression) != null) {
            throw new IllegalArgumentException("expression " + id + " is registered twice");
        }
        return this;
    }

    /** Registers a predicate. */
    public ExpressionRegistry predicate(String id, BiPredicate<EObject, ExpressionContext> predicate) {
        return register(id, (self, context) -> predicate.test(self, context));
    }

    /** Registers a function of the element alone. */
    public ExpressionRegistry function(String id, Function<EObject, ?> function) {
        return register(id, (self, context) -> function.apply(self));
    }

    /** Registers a function of the element and the context. */
    public ExpressionRegistry function(String id, BiFunction<EObject, ExpressionContext, ?> function) {
        return register(id, function::apply);
    }

    /** Registers a candidates function with its inverse (the parents that may list an element). */
    public ExpressionRegistry candidates(String id, Function<EObject, Collection<? extends EObject>> candidates,
            Function<EObject, Collection<? extends EObject>> parentsOf) {
        return register(id, new CandidatesExpression() {
            @Override
            public Object evaluate(EObject self, ExpressionContext context) {
                return candidates.apply(self);
            }

            @Override
            public Collection<? extends EObject> parentsOf(EObject element, ExpressionContext context) {
                return parentsOf.apply(element);
            }
        });
    }

    public ExpressionRegistry operation(String id, ToolOperation operation) {
        if (operations.putIfAbsent(requireId(id), operation) != null) {
            throw new IllegalArgumentException("tool operation " + id + " is registered twice");
        }
        return this;
    }

    /** The expression registered under {@code id}; an unknown id is an error that names it. */
    public Expression expression(String id) {
        Expression expression = expressions.get(id);
        if (expression == null) {
            throw new IllegalArgumentException("no expression is registered under the id \"" + id + "\"");
        }
        return expression;
    }

    public ToolOperation operation(String id) {
        ToolOperation operation = operations.get(id);
        if (operation == null) {
            throw new IllegalArgumentException("no tool operation is registered under the id \"" + id + "\"");
        }
        return operation;
    }

    public boolean hasExpression(String id) {
        return expressions.containsKey(id);
    }

    public boolean hasOperation(String id) {
        return operations.containsKey(id);
    }

    public List<String> expressionIds() {
        return expressions.keySet().stream().sorted().toList();
    }

    public List<String> operationIds() {
        return operations.keySet().stream().sorted().toList();
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an expression id must not be empty");
        }
        return id;
    }
}
