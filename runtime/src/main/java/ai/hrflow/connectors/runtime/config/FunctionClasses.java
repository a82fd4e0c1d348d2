package ai.hrflow.connectors.runtime.config;

import ai.hrflow.connectors.api.params.ParameterProblem;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates the functions a configuration names by class ({@code logics}, {@code format}, {@code callback}):
 * a fully qualified class on the class path, implementing the expected interface, with a public no-argument
 * constructor. Each way this can go wrong is one problem saying what to fix.
 */
public final class FunctionClasses {
    private final ClassLoader classLoader;

    public FunctionClasses(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * A new instance of {@code className}, or empty with a problem at {@code path}.
     *
     * @param type the interface the class must implement ({@code Logic}, {@code Format}, {@code Callback})
     */
    public <T> Optional<T> instantiate(String className, Class<T> type, String path, List<ParameterProblem> problems) {
        String name = className == null ? "" : className.strip();
        if (name.isEmpty()) {
            problems.add(new ParameterProblem(path, "expected the fully qualified name of a class implementing "
                    + type.getName()));
            return Optional.empty();
        }
        Class<?> found;
        try {
            found = Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            problems.add(new ParameterProblem(path, notFound(name)));
            return Optional.empty();
        } catch (LinkageError e) {
            problems.add(new ParameterProblem(path, "class " + name + " cannot be loaded: " + e));
            return Optional.empty();
        }
        if (!type.isAssignableFrom(found)) {
            problems.add(new ParameterProblem(path, "class " + name + " does not implement " + type.getName()));
            return Optional.empty();
        }
        if (found.isInterface() || Modifier.isAbstract(found.getModifiers())) {
            problems.add(new ParameterProblem(path, "class " + name + " is abstract; name a concrete class"));
            return Optional.empty();
        }
        return construct(found.asSubclass(type), name, path, problems);
    }

    private <T> Optional<T> construct(Class<? extends T> found, String name, String path,
            List<ParameterProblem> problems) {
        Constructor<? extends T> constructor;
        try {
            constructor = found.getConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(new ParameterProblem(path, "class " + name + " has no public no-argument constructor"));
            return Optional.empty();
        }
        if (!Modifier.isPublic(found.getModifiers())) {
            problems.add(new ParameterProblem(path, "class " + name + " is not public"));
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.newInstance());
        } catch (InvocationTargetException e) {
            problems.add(new ParameterProblem(path, "class " + name + " could not be created: its constructor "
                    + "threw " + e.getCause()));
        } catch (ReflectiveOperationException | LinkageError e) {
            problems.add(new ParameterProblem(path, "class " + name + " could not be created: " + e));
        }
        return Optional.empty();
    }

    private String notFound(String name) {
        // A nested class is Outer$Inner to the class loader, Outer.Inner in source: try the source spelling.
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String nested = name.substring(0, dot) + "$" + name.substring(dot + 1);
            try {
                Class.forName(nested, false, classLoader);
                return "class " + name + " not found; did you mean " + nested + "?";
            } catch (ClassNotFoundException | LinkageError e) {
                // not a nested class either
            }
        }
        return "class " + name + " not found on the class path (give its fully qualified name and add its jar "
                + "to the class path)";
    }
}
