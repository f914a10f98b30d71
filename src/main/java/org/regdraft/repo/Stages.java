package org.regdraft.repo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.regdraft.RegdraftException;

/**
 * Named stages of a regulation (征求意见稿, 一审稿 …): annotated tags {@code <title>/<stage>}, so
 * that Gitea, GitLab and {@code git tag} show them too.
 */
final class Stages {
  private final Repository repo;
  private final String title;

  Stages(Repository repo, String title) {
    this.repo = repo;
    this.title = title;
  }

  static String tagName(String title, String stage) {
    return title + "/" + stage;
  }

  String prefix() {
    return Constants.R_TAGS + title + "/";
  }

  /** The commit a stage names. */
  Optional<ObjectId> commit(String stage) throws RegdraftException {
    try {
      Ref r = repo.exactRef(prefix() + stage);
      if (r == null) return Optional.empty();
      return Optional.of(peel(r));
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  /** Stage names in the order they were created (by commit date of what they tag). */
  List<String> names() throws RegdraftException {
    List<String> out = new ArrayList<>();
    for (Ref r : refs()) out.add(r.getName().substring(prefix().length()));
    return out;
  }

  /** Stages by the commit they name. */
  Map<ObjectId, List<String>> byCommit() throws RegdraftException {
    Map<ObjectId, List<String>> m = new HashMap<>();
    try {
      for (Ref r : refs()) {
        m.computeIfAbsent(peel(r), k -> new ArrayList<>()).add(r.getName().substring(prefix().length()));
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    return m;
  }

  private List<Ref> refs() throws RegdraftException {
    try {
      List<Ref> refs = new ArrayList<>(repo.getRefDatabase().getRefsByPrefix(prefix()));
      refs.removeIf(r -> r.getName().substring(prefix().length()).contains("/"));
      // oldest stage first, as drafting proceeds (征求意见稿 before 一审稿)
      Map<String, Long> when = new HashMap<>();
      try (org.eclipse.jgit.revwalk.RevWalk rw = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
        for (Ref r : refs) {
          long t;
          try {
            t = rw.parseCommit(peel(r)).getCommitTime();
          } catch (IOException e) {
            t = Long.MAX_VALUE;
          }
          when.put(r.getName(), t);
        }
      }
      refs.sort(java.util.Comparator.comparing((Ref r) -> when.get(r.getName())).thenComparing(Ref::getName));
      return refs;
    } catch (IOException e) {
      throw History.io(e);
    }
  }

  private ObjectId peel(Ref r) throws IOException {
    Ref p = repo.getRefDatabase().peel(r);
    return p.getPeeledObjectId() != null ? p.getPeeledObjectId() : p.getObjectId();
  }
}
