package org.regdraft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.ConflictMarkers;
import org.regdraft.workspace.Workspace;

/**
 * While a sync stopped at a conflict is open, every command that reads the regulations says so
 * first: the files then hold two texts, and what is shown, compared or rendered is the local one.
 * Looks only at {@code .git/MERGE_HEAD} (no JGit) unless a merge is open.
 */
final class OpenConflictWarning {
  /** Commands that deal with the conflict themselves, or do not read regulations. */
  private static final Set<String> QUIET = Set.of("sync", "conflicts", "resolve", "clone", "init", "remote", "completion", "warmup");

  private OpenConflictWarning() {}

  static void warn(Main main, Workspace ws) {
    var pr = main.spec.commandLine().getParseResult();
    String command = pr != null && pr.subcommand() != null ? pr.subcommand().commandSpec().name() : "";
    if (QUIET.contains(command)) return;
    Path gitDir = gitDir(ws.root());
    if (gitDir == null || !Files.isRegularFile(gitDir.resolve("MERGE_HEAD"))) return;
    List<String> where = new ArrayList<>();
    try {
      for (Path f : ws.regulationFiles()) {
        String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!ConflictMarkers.has(text)) continue;
        List<ConflictMarkers.Region> regions = ConflictMarkers.find(text);
        List<String> articles = new ArrayList<>();
        for (List<String> a : ConflictMarkers.articles(text, regions)) {
          for (String l : a.isEmpty() ? List.of("标题或文件头") : a) if (!articles.contains(l)) articles.add(l);
        }
        where.add("《" + Workspace.titleOf(f) + "》" + String.join("、", articles));
      }
    } catch (IOException | RegdraftException | RuntimeException e) {
      where.add("（无法读取法规文件：" + e.getMessage() + "）");
    }
    var err = main.spec.commandLine().getErr();
    if (where.isEmpty()) {
      err.println("注意：上次同步遇到的冲突已解决，但同步尚未完成：运行 regdraft sync 完成（或 regdraft sync --abort 放弃）。");
    } else {
      err.println("注意：上次同步遇到冲突，尚未解决：" + String.join("；", where) + "。");
      err.println("  这些条文在文件中有本机和服务器两种写法，以下显示和使用的是本机的写法。");
      err.println("  regdraft conflicts 查看双方的写法，regdraft resolve 选定，regdraft sync --abort 放弃这次同步。");
    }
    err.flush();
  }

  /** The repository's git folder: {@code .git}, or the folder a {@code .git} file names. */
  static Path gitDir(Path root) {
    for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
      Path g = p.resolve(".git");
      if (Files.isDirectory(g)) return g;
      if (Files.isRegularFile(g)) {
        try {
          String line = Files.readString(g, StandardCharsets.UTF_8).strip();
          if (line.startsWith("gitdir:")) return p.resolve(line.substring(7).strip()).normalize();
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }
}
