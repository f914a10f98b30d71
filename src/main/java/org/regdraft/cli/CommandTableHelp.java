package org.regdraft.cli;

import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level usage of a run whose subcommands were not added to picocli: its command list and
 * the {@code [COMMAND]} of its synopsis come from the table {@link Main#SUBCOMMANDS}. Building a
 * picocli {@code CommandLine} per subcommand only to list its name costs a converter registry and
 * a spec each (a fifth of {@code --help}'s time); the table says the same. Other commands' usage
 * (e.g. {@code remote}, which has subcommands) is picocli's own.
 */
final class CommandTableHelp extends Help {
  private final List<CommandInfo> commands;
  private final ResourceBundle texts;

  CommandTableHelp(CommandSpec spec, ColorScheme scheme, List<CommandInfo> commands, ResourceBundle texts) {
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
    for (CommandInfo c : commands) {
      if (!c.hidden()) longest = Math.max(longest, c.name().length());
    }
    int width = commandSpec().usageMessage().width();
    TextTable table = TextTable.forColumns(colorScheme(),
        new Column(longest + 2, 2, Column.Overflow.SPAN),
        new Column(width - (longest + 2), 2, Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(
        commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
    for (CommandInfo c : commands) {
      if (c.hidden()) continue;
      String key = c.name() + ".usage.header";
      String header = texts.containsKey(key) ? texts.getString(key) : c.description().length > 0 ? c.description()[0] : "";
      Ansi.Text[] lines = colorScheme().text(String.format(header)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? colorScheme().commandText(c.name()) : colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }

  /** Installs this help on {@code cl} (the top-level command line). */
  static void install(CommandLine cl, List<CommandInfo> commands, ResourceBundle texts) {
    cl.setHelpFactory((spec, scheme) -> new CommandTableHelp(spec, scheme, commands, texts));
  }
}
