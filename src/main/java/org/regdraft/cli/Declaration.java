package org.regdraft.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.PicocliException;
import picocli.CommandLine.ScopeType;

/**
 * A command's options and parameters, declared to picocli in code (its programmatic API) and bound
 * to the command's fields by name: {@code d.option("format", "--format", "FORMAT", "输出格式……")}
 * says what {@code @Option(names = "--format", paramLabel = "FORMAT", description = "输出格式……")}
 * on the field {@code format} said.
 *
 * <p>Why not the annotations: every command is a fresh JVM, and reading annotations makes the JDK
 * generate a proxy class per annotation type at run time (eight for {@code check}), which the
 * class-data archive of JDK 17 cannot hold; with picocli's reflection over the command's members,
 * that was a sixth of a cold {@code check} (docs/benchmarks.md). The field's type decides the
 * option's type as it did with annotations ({@code boolean} a flag, {@code List<String>} and
 * {@code Map<String, String>} repeated, an enum its values), and its value when the command is made
 * is the default.
 *
 * <p>{@link #required}, {@link #arity}, {@link #index} and {@link #inherited} change the option or
 * parameter declared last; {@link #finish} adds the last one to the spec.
 */
final class Declaration {
  private final Object command;
  private final Object parent;
  private final CommandSpec spec;
  /** The option or the positional parameter declared last (picocli's builders share no public type). */
  private OptionSpec.Builder lastOption;

  private PositionalParamSpec.Builder lastPositional;

  Declaration(Object command, Object parent, CommandSpec spec) {
    this.command = command;
    this.parent = parent;
    this.spec = spec;
  }

  /** The command this one is a subcommand of ({@link Main} for the top-level ones). */
  Object parent() {
    return parent;
  }

  /** The top-level command, for a subcommand of it. */
  Main main() {
    return (Main) parent;
  }

  /**
   * An option bound to the field {@code field}; {@code names} separated by commas ({@code
   * "-o,--output"}); {@code paramLabel} null for a flag.
   */
  Declaration option(String field, String names, String paramLabel, String... description) {
    finish();
    FieldBinding f = bind(field);
    lastOption = OptionSpec.builder(names.split(",")).description(description).type(f.type()).auxiliaryTypes(f.elementTypes())
        .getter(f).setter(f).initialValue(f.get()).hasInitialValue(true);
    if (paramLabel != null) lastOption.paramLabel(paramLabel);
    return this;
  }

  /** A positional parameter bound to the field {@code field}. */
  Declaration positional(String field, String paramLabel, String... description) {
    finish();
    FieldBinding f = bind(field);
    lastPositional = PositionalParamSpec.builder().paramLabel(paramLabel).description(description).type(f.type())
        .auxiliaryTypes(f.elementTypes()).getter(f).setter(f).initialValue(f.get()).hasInitialValue(true);
    // as with @Parameters: one value unless an arity says otherwise
    if (!java.util.Collection.class.isAssignableFrom(f.type())) lastPositional.arity("1");
    return this;
  }

  Declaration required() {
    if (lastOption != null) lastOption.required(true);
    else lastPositional.required(true);
    return this;
  }

  Declaration arity(String arity) {
    if (lastOption != null) lastOption.arity(arity);
    else lastPositional.arity(arity);
    return this;
  }

  Declaration index(String index) {
    lastPositional.index(index);
    return this;
  }

  /** The option is given to every subcommand too (picocli's {@code ScopeType.INHERIT}). */
  Declaration inherited() {
    lastOption.scopeType(ScopeType.INHERIT);
    return this;
  }

  /** Adds what was declared to the command's spec; the declaration is then complete. */
  void finish() {
    if (lastOption != null) spec.addOption(lastOption.build());
    if (lastPositional != null) {
      // as with @Parameters: required when its arity asks for at least one value
      var arity = lastPositional.arity();
      if (arity != null && arity.min() > 0) lastPositional.required(true);
      spec.addPositional(lastPositional.build());
    }
    lastOption = null;
    lastPositional = null;
  }

  private FieldBinding bind(String name) {
    return new FieldBinding(command, field(name));
  }

  private Field field(String name) {
    try {
      Field f = command.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(command.getClass().getSimpleName() + " has no field " + name, e);
    }
  }

  /** A field of the command object, as picocli's own (package-private) FieldBinding. */
  private static final class FieldBinding implements IGetter, ISetter {
    private final Object target;
    private final Field field;

    FieldBinding(Object target, Field field) {
      this.target = target;
      this.field = field;
    }

    Class<?> type() {
      return field.getType();
    }

    /** The element types of a {@code List<String>}, {@code Map<String, String>}; none for other fields. */
    Class<?>[] elementTypes() {
      if (!(field.getGenericType() instanceof ParameterizedType p)) return new Class<?>[0];
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      Class<?>[] types = new Class<?>[args.length];
      for (int i = 0; i < args.length; i++) types[i] = args[i] instanceof Class<?> c ? c : String.class;
      return types;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      try {
        return (T) field.get(target);
      } catch (IllegalAccessException e) {
        throw new PicocliException("cannot read " + field, e);
      }
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      try {
        field.set(target, value);
      } catch (IllegalAccessException e) {
        throw new PicocliException("cannot set " + field, e);
      }
      return old;
    }
  }

  /** The standard -h/--help and -V/--version, with the texts of Messages.properties. */
  static void standardHelpOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").build());
  }
}
