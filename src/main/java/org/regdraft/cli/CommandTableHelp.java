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
    TextTable table = new WrappingTextTable(colorScheme(),
        new Column(longest + 2, 2, Column.Overflow.SPAN),
        new Column(width - (longest + 2), 2, Column.Overflow.WRAP));
    for (CommandInfo c : commands) {
      if (c.hidden()) continue;
      String key = c.name() + ".usage.header";
      String header = texts.containsKey(key) ? texts.getString(key) : summary(c.description());
      Ansi.Text[] lines = colorScheme().text(String.format(header)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? colorScheme().commandText(c.name()) : colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }

  /**
   * A command's line in the list: its description up to the end of the first sentence (。), the
   * description's lines joined, so that a sentence continued on the next line is not cut at "，".
   */
  static String summary(String[] description) {
    String all = String.join("", description);
    int quoted = 0;
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (c == '“' || c == '（') quoted++;
      else if ((c == '”' || c == '）') && quoted > 0) quoted--;
      else if (c == '。' && quoted == 0) return all.substring(0, i + 1);
    }
    return all;
  }

  /** Options and parameters laid out by picocli, their descriptions wrapped by {@link HelpWrap}. */
  @Override
  public Layout createDefaultLayout(
      List<picocli.CommandLine.Model.OptionSpec> options,
      List<picocli.CommandLine.Model.PositionalParamSpec> positionals,
      ColorScheme scheme) {
    Layout layout = super.createDefaultLayout(options, positionals, scheme);
    return new Layout(scheme, WrappingTextTable.like(layout.textTable(), scheme), layout.optionRenderer(), layout.parameterRenderer());
  }

  /** The description paragraph, each line wrapped by {@link HelpWrap}. */
  @Override
  public String description(Object... params) {
    String[] lines = commandSpec().usageMessage().description();
    if (lines.length == 0) return super.description(params);
    int width = commandSpec().usageMessage().width();
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      for (String l : String.format(line, params).split("\\R", -1)) {
        for (String w : HelpWrap.lines(l, width)) sb.append(w).append(System.lineSeparator());
      }
    }
    return sb.toString();
  }

  /** Installs this help on {@code cl} (the top-level command line). */
  static void install(CommandLine cl, List<CommandInfo> commands, ResourceBundle texts) {
    cl.setHelpFactory((spec, scheme) -> new CommandTableHelp(spec, scheme, commands, texts));
  }
}
