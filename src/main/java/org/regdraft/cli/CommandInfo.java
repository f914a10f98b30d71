package org.regdraft.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand as the command table ({@link Main#SUBCOMMANDS}) knows it: its name, class and usage
 * texts, enough to list it in the top-level usage and to find it by name without making it. Only
 * the subcommand a run uses is made and declared to picocli ({@link #commandLine}).
 *
 * @param description the usage description, a line each; the first is its line in the command list
 */
record CommandInfo(
    String name, Class<?> type, String[] description, List<String> aliases, boolean hidden, boolean sortOptions,
    List<CommandInfo> subcommands) {

  static CommandInfo of(String name, Class<?> type, String... description) {
    return new CommandInfo(name, type, description, List.of(), false, true, List.of());
  }

  CommandInfo withAliases(String... a) {
    return new CommandInfo(name, type, description, List.of(a), hidden, sortOptions, subcommands);
  }

  /** Not listed in the usage (the training run of the class-data archive). */
  CommandInfo asHidden() {
    return new CommandInfo(name, type, description, aliases, true, sortOptions, subcommands);
  }

  /** Options listed in the order declared, not alphabetically. */
  CommandInfo unsorted() {
    return new CommandInfo(name, type, description, aliases, hidden, false, subcommands);
  }

  CommandInfo withSubcommands(CommandInfo... s) {
    return new CommandInfo(name, type, description, aliases, hidden, sortOptions, List.of(s));
  }

  /** Whether {@code n} names this command. */
  boolean isNamed(String n) {
    return name.equals(n) || aliases.contains(n);
  }

  /** A new instance of the command as picocli's command line, a subcommand of {@code parent}. */
  CommandLine commandLine(Object parent) {
    Object command = newInstance();
    if (!(command instanceof Declared declared)) return new CommandLine(command); // picocli's own help
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).aliases(aliases.toArray(new String[0]));
    spec.usageMessage().description(description).hidden(hidden).sortOptions(sortOptions);
    Declaration d = new Declaration(command, parent, spec);
    declared.declare(d);
    d.finish();
    CommandLine cl = new CommandLine(spec);
    for (CommandInfo sub : subcommands) cl.addSubcommand(sub.name, sub.commandLine(command), sub.aliases.toArray(new String[0]));
    return cl;
  }

  private Object newInstance() {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type.getName(), e);
    }
  }
}
