package org.regdraft.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.NB;

/**
 * Git's commit-graph file ({@code objects/info/commit-graph}), read for {@link GraphPathWalk}:
 * each commit's parents, commit time and tree, and its changed-path Bloom filter — without
 * reading commit objects from the pack. The format is git's ({@code gitformat-commit-graph(5)}):
 * chunks OIDF, OIDL, CDAT, EDGE, BIDX, BDAT.
 *
 * <p>Read here rather than through JGit because JGit's reader gives no access to a filter's bits
 * (it hashes the path again for every commit) and hashes paths as Bloom filters of version 2 do,
 * while the filters git writes by default are version 1, whose hash sign-extends bytes above 0x7F
 * on most platforms: for a path with Chinese characters JGit then answers "not changed" for the
 * very commits that changed it. Here a version-1 filter is asked with both hashes (the writer
 * used one of them), a version-2 filter with the correct one, any other version not at all.
 *
 * <p>Only a single graph file is read; a split graph ({@code commit-graphs/}) or anything
 * unexpected makes {@link #open} answer empty, and the caller uses JGit's walk instead.
 */
final class CommitGraphFile {
  private static final int SIGNATURE = 0x43475048; // CGPH
  private static final int OIDF = 0x4f494446;
  private static final int OIDL = 0x4f49444c;
  private static final int CDAT = 0x43444154;
  private static final int EDGE = 0x45444745;
  private static final int BIDX = 0x42494458;
  private static final int BDAT = 0x42444154;
  private static final int HASH = 20;
  private static final int CDAT_WIDTH = HASH + 16;
  private static final int PARENT_NONE = 0x70000000;
  private static final int EXTRA_EDGES = 0x80000000;

  private final byte[] data;
  private final int count;
  private final int fanout;
  private final int oids;
  private final int commits;
  private final int edges;
  private final int bloomIndex;
  private final int bloomData;
  private final int bloomVersion;
  private final int bloomHashes;

  private CommitGraphFile(byte[] data, int count, int fanout, int oids, int commits, int edges, int bloomIndex,
      int bloomData, int bloomVersion, int bloomHashes) {
    this.data = data;
    this.count = count;
    this.fanout = fanout;
    this.oids = oids;
    this.commits = commits;
    this.edges = edges;
    this.bloomIndex = bloomIndex;
    this.bloomData = bloomData;
    this.bloomVersion = bloomVersion;
    this.bloomHashes = bloomHashes;
  }

  /** The graph of an object directory ({@code .git/objects}), empty when there is none usable. */
  static Optional<CommitGraphFile> open(Path objects) throws IOException {
    byte[] d;
    try {
      d = Files.readAllBytes(objects.resolve("info").resolve("commit-graph"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return parse(d);
  }

  static Optional<CommitGraphFile> parse(byte[] d) {
    try {
      // version 1, SHA-1, no base graphs (a split chain's layer)
      if (d.length < 8 + 12 || NB.decodeInt32(d, 0) != SIGNATURE || d[4] != 1 || d[5] != 1 || d[7] != 0) {
        return Optional.empty();
      }
      int chunks = d[6] & 0xff;
      int fanout = -1, oids = -1, commits = -1, edges = -1, bloomIndex = -1, bloomData = -1;
      long end = d.length - HASH; // the trailing checksum
      for (int i = 0; i < chunks; i++) {
        int at = 8 + 12 * i;
        int id = NB.decodeInt32(d, at);
        long offset = NB.decodeInt64(d, at + 4);
        if (offset < 0 || offset > end) return Optional.empty();
        switch (id) {
          case OIDF -> fanout = (int) offset;
          case OIDL -> oids = (int) offset;
          case CDAT -> commits = (int) offset;
          case EDGE -> edges = (int) offset;
          case BIDX -> bloomIndex = (int) offset;
          case BDAT -> bloomData = (int) offset;
          default -> { } // generation data and others: not needed
        }
      }
      if (fanout < 0 || oids < 0 || commits < 0 || fanout + 256 * 4 > end) return Optional.empty();
      int count = NB.decodeInt32(d, fanout + 255 * 4);
      if (count < 0 || oids + (long) count * HASH > end || commits + (long) count * CDAT_WIDTH > end) {
        return Optional.empty();
      }
      int version = 0, hashes = 0;
      if (bloomIndex >= 0 && bloomData >= 0 && bloomIndex + (long) count * 4 <= end && bloomData + 12 <= end) {
        version = NB.decodeInt32(d, bloomData);
        hashes = NB.decodeInt32(d, bloomData + 4);
        if ((version != 1 && version != 2) || hashes < 1 || hashes > 32) version = 0;
        else if (count > 0 && bloomData + 12 + (NB.decodeInt32(d, bloomIndex + (count - 1) * 4) & 0xffffffffL) > end) version = 0;
      }
      return Optional.of(new CommitGraphFile(d, count, fanout, oids, commits, edges, bloomIndex, bloomData + 12, version, hashes));
    } catch (ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  int commitCount() {
    return count;
  }

  /** The commit's position in the graph, or -1. */
  int position(AnyObjectId id) {
    int first = id.getFirstByte();
    int lo = first == 0 ? 0 : NB.decodeInt32(data, fanout + (first - 1) * 4);
    int hi = NB.decodeInt32(data, fanout + first * 4);
    byte[] raw = new byte[HASH];
    id.copyRawTo(raw, 0);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = java.util.Arrays.compareUnsigned(data, oids + mid * HASH, oids + mid * HASH + HASH, raw, 0, HASH);
      if (c == 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  ObjectId id(int pos) {
    return ObjectId.fromRaw(data, oids + pos * HASH);
  }

  ObjectId tree(int pos) {
    return ObjectId.fromRaw(data, commits + pos * CDAT_WIDTH);
  }

  /** Committer time in seconds, as JGit's {@code RevCommit.getCommitTime()}. */
  long time(int pos) {
    int at = commits + pos * CDAT_WIDTH + HASH + 8;
    return ((long) (NB.decodeInt32(data, at) & 0x3) << 32) | (NB.decodeInt32(data, at + 4) & 0xffffffffL);
  }

  /** Parent positions, first parent first. */
  int[] parents(int pos) {
    int at = commits + pos * CDAT_WIDTH + HASH;
    int p1 = NB.decodeInt32(data, at);
    if (p1 == PARENT_NONE) return new int[0];
    int p2 = NB.decodeInt32(data, at + 4);
    if (p2 == PARENT_NONE) return new int[] {p1};
    if ((p2 & EXTRA_EDGES) == 0) return new int[] {p1, p2};
    if (edges < 0) throw new ArrayIndexOutOfBoundsException("EDGE chunk missing");
    List<Integer> more = new ArrayList<>();
    for (int e = edges + (p2 & ~EXTRA_EDGES) * 4; ; e += 4) {
      int v = NB.decodeInt32(data, e);
      more.add(v & ~EXTRA_EDGES);
      if ((v & EXTRA_EDGES) != 0) break;
    }
    int[] out = new int[1 + more.size()];
    out[0] = p1;
    for (int i = 0; i < more.size(); i++) out[i + 1] = more.get(i);
    return out;
  }

  /** The parent of a commit with exactly one, else -1. */
  int onlyParent(int pos) {
    int at = commits + pos * CDAT_WIDTH + HASH;
    int p1 = NB.decodeInt32(data, at);
    return p1 != PARENT_NONE && NB.decodeInt32(data, at + 4) == PARENT_NONE ? p1 : -1;
  }

  /** Whether the graph has Bloom filters this reader can ask. */
  boolean hasFilters() {
    return bloomVersion != 0;
  }

  /**
   * The Bloom filter's answer for a path: false only when the commit certainly did not change it
   * (compared with its first parent). Without a usable filter for the commit: true.
   */
  boolean maybeChanged(int pos, PathKeys keys) {
    if (bloomVersion == 0) return true;
    long start = pos == 0 ? 0 : NB.decodeInt32(data, bloomIndex + (pos - 1) * 4) & 0xffffffffL;
    long stop = NB.decodeInt32(data, bloomIndex + pos * 4) & 0xffffffffL;
    int length = (int) (stop - start);
    if (length <= 0) return true; // not computed: git treats it as unknown
    int from = bloomData + (int) start;
    // the writer hashed with one of the variants: "maybe" when every key is there under one of them
    for (int[][] variant : bloomVersion == 2 ? keys.v2 : keys.v1) {
      if (all(from, length, variant)) return true;
    }
    return false;
  }

  private boolean all(int from, int length, int[][] keys) {
    long bits = (long) length * 8;
    for (int[] key : keys) {
      for (int i = 0; i < bloomHashes && i < key.length; i++) {
        long bit = (key[i] & 0xffffffffL) % bits;
        if ((data[from + (int) (bit >>> 3)] & (1 << (bit & 7))) == 0) return false;
      }
    }
    return true;
  }

  /**
   * A path's Bloom keys: the path and each of its folders (git and JGit put the folders of every
   * changed file in the filter too, so requiring all of them weeds out most false positives).
   * Hashed once, not once per commit.
   */
  static final class PathKeys {
    private static final int SEED0 = 0x293ae76f;
    private static final int SEED1 = 0x7e646e2c;
    private static final int MAX_HASHES = 32;
    final int[][][] v1;
    final int[][][] v2;

    PathKeys(String path) {
      byte[] raw = path.getBytes(StandardCharsets.UTF_8);
      List<byte[]> parts = new ArrayList<>();
      for (int i = 0; i < raw.length; i++) if (raw[i] == '/') parts.add(java.util.Arrays.copyOf(raw, i));
      parts.add(raw);
      int[][] correct = new int[parts.size()][];
      int[][] signed = new int[parts.size()][];
      boolean highBit = false;
      for (int i = 0; i < parts.size(); i++) {
        correct[i] = hashes(parts.get(i), false);
        signed[i] = hashes(parts.get(i), true);
        for (byte b : parts.get(i)) highBit |= b < 0;
      }
      v2 = new int[][][] {correct};
      v1 = highBit ? new int[][][] {correct, signed} : new int[][][] {correct};
    }

    private static int[] hashes(byte[] data, boolean signExtend) {
      int h0 = murmur3(SEED0, data, signExtend);
      int h1 = murmur3(SEED1, data, signExtend);
      int[] out = new int[MAX_HASHES];
      for (int i = 0; i < MAX_HASHES; i++) out[i] = h0 + i * h1;
      return out;
    }

    /**
     * Murmur3 (x86, 32 bits) as git's bloom.c computes it; {@code signExtend} copies the hash of
     * Bloom filters version 1, which read each byte as a signed {@code char}.
     */
    static int murmur3(int seed, byte[] data, boolean signExtend) {
      final int c1 = 0xcc9e2d51;
      final int c2 = 0x1b873593;
      int h = seed;
      int len4 = data.length / 4;
      for (int i = 0; i < len4; i++) {
        int k = b(data[4 * i], signExtend) | (b(data[4 * i + 1], signExtend) << 8)
            | (b(data[4 * i + 2], signExtend) << 16) | (b(data[4 * i + 3], signExtend) << 24);
        k *= c1;
        k = Integer.rotateLeft(k, 15);
        k *= c2;
        h ^= k;
        h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
      }
      int k1 = 0;
      int tail = 4 * len4;
      switch (data.length & 3) {
        case 3:
          k1 ^= b(data[tail + 2], signExtend) << 16;
          // fall through
        case 2:
          k1 ^= b(data[tail + 1], signExtend) << 8;
          // fall through
        case 1:
          k1 ^= b(data[tail], signExtend);
          k1 *= c1;
          k1 = Integer.rotateLeft(k1, 15);
          k1 *= c2;
          h ^= k1;
          break;
        default:
          break;
      }
      h ^= data.length;
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      h ^= h >>> 16;
      return h;
    }

    private static int b(byte v, boolean signExtend) {
      return signExtend ? v : v & 0xff;
    }
  }
}
