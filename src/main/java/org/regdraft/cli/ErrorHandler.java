package org.regdraft.cli;

import org.regdraft.RegdraftException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into Chinese messages and exit codes; a stack trace only with --debug. */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final Main main;

  ErrorHandler(Main main) {
    this.main = main;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    var err = cl.getErr();
    if (ex instanceof RegdraftException re) {
      err.println("regdraft: " + re.getMessage());
      if (main.debug() && re.getCause() != null) re.printStackTrace(err);
      return re.exitCode();
    }
    if (ex.getCause() instanceof OutOfMemoryError) {
      err.println("regdraft: 内存不足：输入文件过大");
      return RegdraftException.USAGE;
    }
    err.println("regdraft: 内部错误：" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : "：" + ex.getMessage()));
    if (main.debug()) ex.printStackTrace(err);
    else err.println("（这是 regdraft 的缺陷，请加 --debug 重新运行并把输出报告给维护者）");
    return RegdraftException.USAGE;
  }
}
