package org.regdraft.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;
import org.regdraft.workspace.VersionStore;

/**
 * What the drafters decide about proposals: accept (apply to the working draft, {@link
 * ProposalApplier}), reject with a reason, answer. The decision is written into the proposal files
 * (status and answer); an accepted change into the regulation's file. Saving a version is left to
 * {@code regdraft save}, as after any edit.
 */
public final class ProposalDecisions {
  private final Path root;
  private final ReviewStore store;
  private final VersionStore versions;

  /**
   * @param root the repository's working tree
   * @param versions reads the sent versions (by commit) of a regulation file
   */
  public ProposalDecisions(Path root, VersionStore versions) {
    this.root = root;
    this.store = new ReviewStore(root);
    this.versions = versions;
  }

  /**
   * The outcome of accepting.
   *
   * @param outcomes per proposal, in the order asked
   * @param skipped proposals already accepted (nothing done again)
   * @param written the regulation files changed
   * @param together for each proposal handled, the other proposals on the same words (any reviewer)
   */
  public record Report(List<ProposalApplier.Outcome> outcomes, List<Proposal> skipped, List<Path> written, Map<String, List<Proposal>> together) {
    public List<ProposalApplier.Conflict> conflicts() {
      return outcomes.stream().filter(o -> o instanceof ProposalApplier.Conflict).map(o -> (ProposalApplier.Conflict) o).toList();
    }
  }

  /** Accepts the proposals with these ids (R1-3 …); an unknown id refuses all before anything is done. */
  public Report accept(List<String> ids) throws RegdraftException {
    List<Proposal> asked = new ArrayList<>();
    for (String id : ids) asked.add(find(id));
    return acceptProposals(asked);
  }

  /** Accepts every open proposal of this reviewer, in every regulation. */
  public Report acceptAll(String from) throws RegdraftException {
    List<Proposal> asked = new ArrayList<>();
    for (ReviewStore.Stored s : store.all()) {
      for (Proposal p : s.copy().proposals()) if (p.reviewer().equals(from.strip()) && p.status() == ProposalStatus.OPEN) asked.add(p);
    }
    if (asked.isEmpty()) throw RegdraftException.content("没有“" + from.strip() + "”提出的待处理意见（用 review list 查看）");
    return acceptProposals(asked);
  }

  private Report acceptProposals(List<Proposal> asked) throws RegdraftException {
    Map<String, List<Proposal>> byFile = new LinkedHashMap<>();
    List<Proposal> skipped = new ArrayList<>();
    for (Proposal p : asked) {
      if (p.status() == ProposalStatus.ACCEPTED) skipped.add(p);
      else byFile.computeIfAbsent(p.regulation(), k -> new ArrayList<>()).add(p);
    }
    List<ProposalApplier.Outcome> outcomes = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    Map<String, List<Proposal>> together = new LinkedHashMap<>();
    for (Map.Entry<String, List<Proposal>> e : byFile.entrySet()) {
      Path file = root.resolve(e.getKey());
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw RegdraftException.content("意见所属的法规文件 " + e.getKey() + " 不存在");
      }
      String draft = TextFiles.readUtf8(file);
      ProposalApplier.Result r = ProposalApplier.apply(draft, e.getKey(), e.getValue(), sentTexts(versions, file));
      if (r.changed(draft)) {
        AtomicFiles.writeString(file, r.text());
        written.add(file);
      }
      for (ProposalApplier.Outcome o : r.outcomes()) {
        if (!(o instanceof ProposalApplier.Conflict)) store.update(o.proposal().withStatus(ProposalStatus.ACCEPTED, o.proposal().answer()));
      }
      outcomes.addAll(r.outcomes());
      together.putAll(together(e.getValue()));
    }
    return new Report(outcomes, skipped, written, together);
  }

  /** For each proposal, the others of its regulation on the same words (ProposalListing's groups). */
  private Map<String, List<Proposal>> together(List<Proposal> handled) throws RegdraftException {
    Map<String, List<Proposal>> out = new LinkedHashMap<>();
    if (handled.isEmpty()) return out;
    String title = titleOf(handled.get(0).regulation());
    List<ProposalListing.Group> groups = ProposalListing.groups(store.proposals(title), p -> true);
    for (Proposal p : handled) {
      for (ProposalListing.Group g : groups) {
        if (g.proposals().stream().anyMatch(x -> x.id().equals(p.id()))) {
          List<Proposal> others = g.proposals().stream().filter(x -> !x.id().equals(p.id())).toList();
          if (!others.isEmpty()) out.put(p.id(), others);
        }
      }
    }
    return out;
  }

  /** Rejects a proposal, with the reason the 汇总表 gives (理由). */
  public Proposal reject(String id, String reason) throws RegdraftException {
    if (reason == null || reason.isBlank()) throw new RegdraftException("请用 --reason 写明不采纳的理由（汇总表的“理由”栏）");
    return decide(id, ProposalStatus.REJECTED, reason.strip());
  }

  /** Records the drafters' answer (理由); with a status (partly, pending …) also how it was handled. */
  public Proposal answer(String id, String text, Optional<ProposalStatus> status) throws RegdraftException {
    if (text == null || text.isBlank()) throw new RegdraftException("答复的内容为空");
    Proposal p = find(id);
    return decide(id, status.orElse(p.status()), text.strip());
  }

  private Proposal decide(String id, ProposalStatus status, String answer) throws RegdraftException {
    Proposal changed = find(id).withStatus(status, answer);
    store.update(changed);
    return changed;
  }

  private Proposal find(String id) throws RegdraftException {
    return store.find(id).flatMap(s -> s.copy().proposal(id.strip()))
        .orElseThrow(() -> RegdraftException.content("没有编号为 " + id + " 的意见（用 review list 查看）"));
  }

  /** The versions sent, read once per commit; one that cannot be read or understood gives empty. */
  public static Function<String, Optional<Regulation>> sentTexts(VersionStore versions, Path file) {
    Map<String, Optional<Regulation>> cache = new HashMap<>();
    return commit -> cache.computeIfAbsent(commit, c -> {
      if (c.isEmpty()) return Optional.empty();
      try {
        ReadResult rr = MarkdownReader.read(versions.read(file, c), file.getFileName() + "@" + c);
        return rr.hasErrors() ? Optional.empty() : Optional.of(rr.regulation());
      } catch (RegdraftException e) {
        return Optional.empty();
      }
    });
  }

  private static String titleOf(String regulation) {
    String name = Path.of(regulation).getFileName().toString();
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
