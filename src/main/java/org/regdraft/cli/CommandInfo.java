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
    String name, Class<?> type, String[] description, boolean hidden, boolean sortOptions, List<CommandInfo> subcommands) {

  static CommandInfo of(String name, Class<?> type, String... description) {
    return new CommandInfo(name, type, description, false, true, List.of());
  }

  /** Not listed in the usage (the training run of the class-data archive). */
  CommandInfo asHidden() {
    return new CommandInfo(name, type, description, true, sortOptions, subcommands);
  }

  /** Options listed in the order declared, not alphabetically. */
  CommandInfo unsorted() {
    return new CommandInfo(name, type, description, hidden, false, subcommands);
  }

  CommandInfo withSubcommands(CommandInfo... s) {
    return new CommandInfo(name, type, description, hidden, sortOptions, List.of(s));
  }

  /**
   * Makes these commands, declares them and adds them to {@code cl} as its subcommands: for a run,
   * only the one it names (none when the name is missing or unknown: the top-level usage or a
   * usage error follows); all of them for completion scripts and for {@code help CMD}.
   */
  static void addAll(CommandLine cl, List<CommandInfo> commands) {
    for (CommandInfo c : commands) cl.addSubcommand(c.name, c.commandLine(cl.getCommand()));
  }

  /** A new instance of the command as picocli's command line, a subcommand of {@code parent}. */
  CommandLine commandLine(Object parent) {
    Object command = newInstance();
    if (!(command instanceof Declared declared)) return new CommandLine(command); // picocli's own help
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description).hidden(hidden).sortOptions(sortOptions);
    Declaration d = new Declaration(command, parent, spec);
    declared.declare(d);
    d.finish();
    CommandLine cl = new CommandLine(spec);
    addAll(cl, subcommands);
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
