package org.regdraft.cli;

import java.util.concurrent.Callable;

/**
 * {@code review}: the 征求意见 round trip. Each verb is its own class (ReviewSendCommand …); this
 * parent only carries them and prints their list.
 */
final class ReviewCommand implements Callable<Integer>, ReadsRegulations, Declared {
  static final CommandInfo INFO =
      CommandInfo.of("review", ReviewCommand.class, "征求意见：送出审阅稿，导入返回稿中的修订和批注，列出和处理意见。")
          .withSubcommands(
              ReviewSendCommand.INFO,
              ReviewImportCommand.INFO,
              ReviewListCommand.INFO,
              ReviewTableCommand.INFO,
              ReviewAcceptCommand.INFO,
              ReviewRejectCommand.INFO,
              ReviewAnswerCommand.INFO);

  Main main;

  @Override
  public void declare(Declaration d) {
    main = d.main();
  }

  @Override
  public Integer call() {
    main.spec.commandLine().getSubcommands().get("review").usage(main.spec.commandLine().getOut());
    return 0;
  }
}
