package org.regdraft.cli;

import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level usage of a run whose subcommands were not added to picocli: its command list and
 * the {@code [COMMAND]} of its synopsis come from {@link Main#SUBCOMMANDS}' {@code @Command}
 * annotations. Building a picocli {@code CommandLine} per subcommand only to list its name costs a
 * converter registry and a spec each (a fifth of {@code --help}'s time); the annotations say the
 * same. Other commands' usage (e.g. {@code remote}, which has subcommands) is picocli's own.
 */
final class CommandTableHelp extends Help {
  private final List<Class<?>> commands;
  private final ResourceBundle texts;

  CommandTableHelp(CommandSpec spec, ColorScheme scheme, List<Class<?>> commands, ResourceBundle texts) {
    super(spec, scheme);
    this.commands = commands;
    this.texts = texts;
  }

  /** Only the top-level command of a run without subcommand objects is listed from the table. */
  private boolean fromTable() {
    return commandSpec().parent() == null && commandSpec().subcommands().isEmpty();
  }

  @Override
  protected Ansi.Text createDetailedSynopsisCommandText() {
    if (!fromTable()) return super.createDetailedSynopsisCommandText();
    return ansi().new Text(" " + commandSpec().usageMessage().synopsisSubcommandLabel(), colorScheme());
  }

  @Override
  public String commandListHeading(Object... params) {
    if (!fromTable()) return super.commandListHeading(params);
    return createHeading(commandSpec().usageMessage().commandListHeading(), params);
  }

  /** Laid out as picocli lays out its own command list: names, then the first header line. */
  @Override
  public String commandList() {
    if (!fromTable()) return super.commandList();
    int longest = 0;
    for (Class<?> c : commands) {
      Command a = c.getAnnotation(Command.class);
      if (!a.hidden()) longest = Math.max(longest, a.name().length());
    }
    int width = commandSpec().usageMessage().width();
    TextTable table = TextTable.forColumns(colorScheme(),
        new Column(longest + 2, 2, Column.Overflow.SPAN),
        new Column(width - (longest + 2), 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(
        commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
    for (Class<?> c : commands) {
      Command a = c.getAnnotation(Command.class);
      if (a.hidden()) continue;
      String key = a.name() + ".usage.header";
      String header = texts.containsKey(key) ? texts.getString(key)
          : a.header().length > 0 ? a.header()[0] : a.description().length > 0 ? a.description()[0] : "";
      Ansi.Text[] lines = colorScheme().text(String.format(header)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? colorScheme().commandText(a.name()) : colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }

  /** Installs this help on {@code cl} (the top-level command line). */
  static void install(CommandLine cl, List<Class<?>> commands, ResourceBundle texts) {
    cl.setHelpFactory((spec, scheme) -> new CommandTableHelp(spec, scheme, commands, texts));
  }
}
