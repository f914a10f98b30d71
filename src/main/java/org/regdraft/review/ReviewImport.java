package org.regdraft.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.regdraft.RegdraftException;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.repo.RegRepo;
import org.regdraft.workspace.Workspace;

/**
 * {@code review import}: reads returned copies, maps what they propose to the sent revision, and
 * stores the proposals under reviews/ as one saved version. Every copy is read and checked before
 * anything is written: one refused copy leaves the repository as it was.
 */
public final class ReviewImport {
  /** Below this share of sent paragraphs found in the copy, it is not a copy of that revision. */
  static final double MIN_MATCHED = 0.5;

  private final RegRepo repo;
  private final List<Path> files = new ArrayList<>();
  private String from = "";
  private String reg;
  private String revision = "";

  public ReviewImport(RegRepo repo) {
    this.repo = repo;
  }

  public ReviewImport files(List<Path> f) {
    files.addAll(f);
    return this;
  }

  /** The unit or person the copies come from (提出单位/人), replacing the authors Word recorded. */
  public ReviewImport from(String name) {
    from = name == null ? "" : name.strip();
    return this;
  }

  /**
   * The regulation (and revision) the copies must be of; needed for a copy without regdraft's
   * document properties (then its text must match that revision).
   */
  public ReviewImport regulation(Path file, String rev) {
    reg = file.toString();
    revision = rev == null ? "" : rev;
    return this;
  }

  /** One imported copy: what was stored and where. */
  public record Imported(ReturnedCopy copy, Path file, String title) {}

  public record Outcome(List<Imported> copies, Optional<RevCommit> commit) {}

  public Outcome call() throws RegdraftException {
    Workspace ws = repo.workspace();
    ReviewStore store = new ReviewStore(ws.root());
    int next = Integer.parseInt(store.nextCopyId().substring(1));
    List<Imported> prepared = new ArrayList<>();
    Map<String, SentRevision> sentCache = new HashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(f);
      } catch (NoSuchFileException e) {
        throw new RegdraftException("找不到文件：" + f, RegdraftException.USAGE);
      } catch (IOException e) {
        throw new RegdraftException("无法读取 " + f + "：" + e.getMessage(), RegdraftException.USAGE, e);
      }
      ReturnedDocument doc = ReturnedDocumentReader.read(bytes, name);
      SentRevision sent = sentRevision(doc, name, sentCache);
      List<ReviewLine> lines = sent.lines();
      ProposalExtractor.Result r = ProposalExtractor.extract(lines, doc, from);
      boolean byProperties = doc.properties().containsKey(SentRevision.PROP_REVISION);
      double share = r.linesSent() == 0 ? 0 : (double) r.linesMatched() / r.linesSent();
      if (!r.titleMatched() || share < (byProperties ? MIN_MATCHED : 0.8)) {
        throw RegdraftException.content(name + "：内容与《" + sent.title() + "》（版本 " + sent.commit().substring(0, 7) + "）不符：送出的 "
            + r.linesSent() + " 段中只找到 " + r.linesMatched() + " 段" + (r.titleMatched() ? "" : "，标题也不同")
            + "。这是另一部法规或另一稿的审阅稿吗？未导入任何内容");
      }
      String id = "R" + next++;
      List<Proposal> ps = ordered(r.proposals(), lines);
      List<Proposal> withIds = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        Proposal p = ps.get(i);
        withIds.add(new Proposal(id + "-" + (i + 1), sent.path(), sent.commit(), name, p.reviewer(), p.date(), p.kind(), p.unit(),
            p.position(), p.anchor(), p.note(), p.original(), p.proposed(), p.comment(), p.replies(), p.status(), p.answer()));
      }
      ReturnedCopy copy = new ReturnedCopy(id, sent.path(), sent.commit(), name, doc.properties().getOrDefault(SentRevision.PROP_RECIPIENT, ""),
          from, LocalDate.now().toString(), withIds);
      prepared.add(new Imported(copy, store.file(sent.title(), id), sent.title()));
    }
    List<Path> written = new ArrayList<>();
    for (Imported i : prepared) written.add(store.write(i.title(), i.copy()));
    StringBuilder msg = new StringBuilder("导入征求意见：");
    for (int i = 0; i < prepared.size(); i++) {
      if (i > 0) msg.append("、");
      msg.append(prepared.get(i).copy().source());
    }
    msg.append("\n");
    for (Imported i : prepared) {
      msg.append("\n").append(i.copy().id()).append("：《").append(i.title()).append("》").append(i.copy().proposals().size()).append(" 条意见，送出版本 ")
          .append(i.copy().sentRevision(), 0, 7);
    }
    var saved = repo.save().attachments(written).message(msg.toString()).call();
    return new Outcome(prepared, saved.commit());
  }

  private SentRevision sentRevision(ReturnedDocument doc, String name, Map<String, SentRevision> cache) throws RegdraftException {
    Map<String, String> props = doc.properties();
    String path = props.get(SentRevision.PROP_REGULATION);
    String commit = props.get(SentRevision.PROP_REVISION);
    Path root = repo.workTree();
    if (path == null || commit == null) {
      if (reg == null) {
        throw RegdraftException.content(name + "：没有 regdraft 的文档属性（不是用 review send 生成的审阅稿，或属性被删除）；"
            + "请用 --reg 法规@版本 指明它是哪一部法规的哪一稿，再导入。未导入任何内容");
      }
      return cached(cache, Path.of(reg), revision.isEmpty() ? "HEAD" : revision, name);
    }
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)) throw RegdraftException.content(name + "：文档属性中的法规路径“" + path + "”不在仓库中");
    if (reg != null) {
      Path wanted = Path.of(reg).toAbsolutePath().normalize();
      if (!wanted.equals(file.toAbsolutePath().normalize())) {
        throw RegdraftException.content(name + "：这是《" + Workspace.titleOf(file) + "》的审阅稿，不是《" + Workspace.titleOf(wanted)
            + "》的；未导入任何内容");
      }
    }
    SentRevision sent;
    try {
      sent = cached(cache, file, commit, name);
    } catch (RegdraftException e) {
      throw RegdraftException.content(name + "：送出的版本 " + commit.substring(0, Math.min(7, commit.length())) + "（《"
          + Workspace.titleOf(file) + "》）不在本仓库中：这份审阅稿不是从这个仓库送出的？未导入任何内容（" + e.getMessage() + "）");
    }
    if (!revision.isEmpty()) {
      SentRevision expected = cached(cache, file, revision, name);
      if (!expected.commit().equals(sent.commit())) {
        throw RegdraftException.content(name + "：这是版本 " + sent.commit().substring(0, 7) + " 的审阅稿，不是 " + revision + "（"
            + expected.commit().substring(0, 7) + "）的；未导入任何内容");
      }
    }
    return sent;
  }

  private SentRevision cached(Map<String, SentRevision> cache, Path file, String rev, String name) throws RegdraftException {
    String key = file + "@" + rev;
    SentRevision s = cache.get(key);
    if (s == null) {
      if (!Files.isRegularFile(file) && !rev.matches("[0-9a-f]{7,40}")) {
        throw RegdraftException.content(name + "：找不到法规文件 " + file);
      }
      s = SentRevision.of(repo, file, rev);
      cache.put(key, s);
    }
    return s;
  }

  /** Text order: by the sent paragraph, then position; unmapped ones last, in the order found. */
  static List<Proposal> ordered(List<Proposal> ps, List<ReviewLine> lines) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) index.putIfAbsent(lines.get(i).unit(), i);
    List<Proposal> out = new ArrayList<>(ps);
    out.sort(Comparator.comparingInt((Proposal p) -> p.unit().isEmpty() ? Integer.MAX_VALUE : index.getOrDefault(p.unit(), Integer.MAX_VALUE - 1))
        .thenComparingInt(Proposal::position));
    return out;
  }
}
