package org.regdraft.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regdraft.RegdraftException;
import org.regdraft.model.Announcement;
import org.regdraft.model.BookTitles;
import org.regdraft.model.DraftLabel;
import org.regdraft.model.Article;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Effective;
import org.regdraft.model.HistoryEvent;
import org.regdraft.model.Item;
import org.regdraft.model.Metadata;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * Builds what templates see. Only maps, lists, strings, numbers, booleans and our two functions
 * go in, so a template cannot reach a Java object; docs/templates.md documents every key.
 */
public final class DataModel {
  /** How a blank to fill by hand is printed (as in 自　　年　　月　　日起施行). */
  static final String BLANK_DATE = "　　年　　月　　日";

  private static final Pattern ACTION = Pattern.compile("(修订通过|修正通过|通过|批准|修订|修正|修改|废止)$");
  private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十百零〇\\d]+");
  private static final Pattern ORDINAL = Pattern.compile("第\\s*([0-9０-９一二三四五六七八九十百零〇]+)\\s*号$");

  private DataModel() {}

  public static Map<String, Object> build(DocumentInput in, TemplateFile template) throws RegdraftException {
    Regulation r = in.regulation();
    Metadata m = r.metadata();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("regulation", regulation(r));
    root.put("counts", counts(r));
    in.comparison().ifPresent(c -> root.put("comparison", comparison(c)));
    in.reviews().ifPresent(c -> root.put("reviews", reviews(c)));
    root.put("amendment", amendment(r, in));
    in.decision().ifPresent(d -> root.put("decision", DecisionData.of(d)));
    // the draft as the cover documents name it: 安阳市文明行为促进条例（草案）, for an amendment
    // 关于修改〈……〉的决定（征求意见稿）, for a package the decision's own title (〈〉 inside)
    String label = in.label().orElse(DraftLabel.DRAFT);
    String named = in.decision().isPresent() ? DecisionData.ownTitle(in.decision().get())
        : in.instructions().isEmpty() ? r.title() : "关于修改" + BookTitles.quote(r.title()) + "的决定";
    root.put("label", label);
    root.put("draftTitle", named + label);
    // what a 说明 is about: the draft, or the adopted text itself when it is not one (报请批准)
    boolean draft = in.decision().isPresent() || DraftLabel.isDraft(Optional.empty(), m.status(), List.of());
    root.put("subjectTitle", named + in.label().orElse(draft ? DraftLabel.DRAFT : ""));
    root.put("options", new LinkedHashMap<>(in.options()));
    root.put("today", ChineseDates.format(in.today()));
    root.put("todayIso", in.today().toString());
    LocalDate date = optionDate(in, "date").orElse(in.today());
    root.put("date", ChineseDates.format(date));
    root.put("dateIso", date.toString());
    root.put("meeting", in.options().getOrDefault("meeting", meetingBlank(m.issuer())));
    announcement(root, in);
    root.put("selfReference", m.selfReference());
    root.put("cn", ChineseFunctions.CN);
    root.put("cnDate", ChineseFunctions.CN_DATE);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("name", template.stem());
    t.put("type", template.type());
    root.put("template", t);
    return root;
  }

  static Map<String, Object> regulation(Regulation r) {
    Metadata m = r.metadata();
    Map<String, Object> reg = new LinkedHashMap<>();
    reg.put("title", r.title());
    String kind = m.kind().isEmpty() ? "条例" : m.kind();
    reg.put("kind", kind);
    reg.put("selfReference", m.selfReference());
    reg.put("issuer", m.issuer());
    reg.put("issuerShort", m.issuer().replace("人民代表大会常务委员会", "人大常委会"));
    reg.put("city", city(m.issuer()));
    reg.put("status", m.status());
    reg.put("caption", org.regdraft.model.Caption.of(m));
    reg.put("preamble", r.preamble());
    List<Map<String, Object>> history = m.history().stream().map(DataModel::event).toList();
    reg.put("history", history);
    List<Map<String, Object>> adoption = adoption(history);
    reg.put("adoption", adoption);
    reg.put("adoptionText", adoption.isEmpty() ? "（会议名称）于" + BLANK_DATE + "通过" : adoption.stream().map(e -> (String) e.get("phrase")).collect(Collectors.joining("，")));
    List<Map<String, Object>> passed = adoption.stream().filter(e -> !"批准".equals(e.get("action"))).toList();
    reg.put("passedText", passed.isEmpty() ? "（会议名称）于" + BLANK_DATE + "通过" : passed.stream().map(e -> (String) e.get("phrase")).collect(Collectors.joining("，")));
    history.stream().filter(e -> "批准".equals(e.get("action"))).reduce((a, b) -> b)
        .ifPresent(e -> reg.put("approver", approver((String) e.get("meeting"))));
    m.announcement().ifPresent(a -> reg.put("announcement", announcement(a, m)));
    m.effective().ifPresent(e -> reg.put("effective", effective(e, m)));
    return reg;
  }

  private static Map<String, Object> event(HistoryEvent h) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("date", ChineseDates.format(h.date()));
    e.put("isoDate", h.date().toString());
    e.put("event", h.event());
    e.put("text", ChineseDates.format(h.date()) + h.event());
    Matcher a = ACTION.matcher(h.event());
    String action = a.find() ? a.group(1) : "";
    String meeting = h.event().substring(0, h.event().length() - action.length());
    e.put("action", action);
    e.put("meeting", meeting);
    // 公告 wording: 已经……会议于2020年8月31日通过；a 修订 is announced as 修订通过
    String verb = action.equals("修订") || action.equals("修正") ? action + "通过" : action;
    e.put("phrase", meeting + "于" + ChineseDates.format(h.date()) + verb);
    return e;
  }

  /** The events of the current text: from the last adoption (通过, 修订 …) on, e.g. 通过 then 批准. */
  private static List<Map<String, Object>> adoption(List<Map<String, Object>> history) {
    int start = -1;
    for (int i = 0; i < history.size(); i++) {
      String a = (String) history.get(i).get("action");
      if (!a.isEmpty() && !a.equals("批准") && !a.equals("废止")) start = i;
    }
    return start < 0 ? history : history.subList(start, history.size());
  }

  /**
   * What a 公告 says, so its dates agree with the text it announces: the document announced (for
   * a 修正, the decision: 《……关于修改〈……〉的决定》已经……于……通过), its effective date (--set
   * effective, else the text's, which apply takes from the decision), and its date (--set date,
   * else the announcement's, else the day of the last adoption or approval, else today).
   */
  private static void announcement(Map<String, Object> root, DocumentInput in) throws RegdraftException {
    Regulation r = in.regulation();
    List<HistoryEvent> current = currentAdoption(r.metadata());
    Optional<String> decision = current.isEmpty() ? Optional.empty() : decisionTitle(current.get(0).event());
    String subject;
    String adoption;
    if (decision.isPresent()) {
      HistoryEvent e = current.get(0);
      String meeting = e.event().substring(2, e.event().indexOf('《'));
      subject = BookTitles.quote(decision.get());
      List<String> phrases = new ArrayList<>(List.of(meeting + "于" + ChineseDates.format(e.date()) + "通过"));
      for (HistoryEvent a : current.subList(1, current.size())) phrases.add((String) event(a).get("phrase"));
      adoption = String.join("，", phrases);
    } else {
      subject = BookTitles.quote(r.title());
      adoption = (String) ((Map<?, ?>) root.get("regulation")).get("adoptionText");
    }
    root.put("announcementSubject", subject);
    root.put("announcementAdoption", adoption);
    String effective;
    if (in.options().containsKey("effective")) effective = (String) ((Map<?, ?>) root.get("amendment")).get("effectiveText");
    // a 修正 takes effect when its decision says (本决定自……起施行); the text's effective date is the
    // one its own last article states, so it is not used: a blank to fill (doc warns)
    else if (decision.isPresent()) effective = "自" + BLANK_DATE + "起施行";
    else effective = r.metadata().effective().map(e -> (String) effective(e, r.metadata()).get("text")).orElse("自" + BLANK_DATE + "起施行");
    root.put("announcementEffective", effective);
    LocalDate date = optionDate(in, "date")
        .or(() -> r.metadata().announcement().map(Announcement::date))
        .or(() -> adoptionDate(r.metadata()))
        .orElse(in.today());
    root.put("announcementDate", ChineseDates.format(date));
  }

  /** The events of the text's last adoption: 通过 (or 修正 …) and any 批准 after it. */
  static List<HistoryEvent> currentAdoption(Metadata m) {
    List<HistoryEvent> h = m.history();
    int start = -1;
    for (int i = 0; i < h.size(); i++) {
      Matcher a = ACTION.matcher(h.get(i).event());
      String action = a.find() ? a.group(1) : "";
      if (!action.isEmpty() && !action.equals("批准") && !action.equals("废止")) start = i;
    }
    return start < 0 ? List.of() : h.subList(start, h.size());
  }

  /** The day the text was (or is to be) adopted: its last adoption, or the approval after it. */
  public static Optional<LocalDate> adoptionDate(Metadata m) {
    List<HistoryEvent> c = currentAdoption(m);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(c.size() - 1).date());
  }

  /** Whether the text's last adoption is a 修正 by decision (根据……《……决定》修正). */
  public static boolean amendedByDecision(Metadata m) {
    List<HistoryEvent> c = currentAdoption(m);
    return !c.isEmpty() && decisionTitle(c.get(0).event()).isPresent();
  }

  /** 根据……会议《……决定》修正 → the decision's title; empty for other events. */
  static Optional<String> decisionTitle(String event) {
    if (!event.startsWith("根据") || !event.endsWith("修正")) return Optional.empty();
    int open = event.indexOf('《');
    int close = event.lastIndexOf('》');
    if (open < 0 || close < open) return Optional.empty();
    return Optional.of(event.substring(open + 1, close));
  }

  /** 河南省第十三届人民代表大会常务委员会第二十次会议 → 河南省人民代表大会常务委员会. */
  static String approver(String meeting) {
    String s = meeting.replaceAll("第" + NUMERAL.pattern() + "届", "");
    return s.replaceAll("第" + NUMERAL.pattern() + "次(全体)?会议$", "");
  }

  /** 安阳市人民代表大会常务委员会 → 安阳市. */
  static String city(String issuer) {
    int i = issuer.indexOf("人民代表大会");
    if (i < 0) i = issuer.indexOf("人民政府");
    return i > 0 ? issuer.substring(0, i) : issuer;
  }

  /** A meeting to fill in: 安阳市第　届人民代表大会常务委员会第　次会议. */
  static String meetingBlank(String issuer) {
    int i = issuer.indexOf("人民代表大会");
    if (i < 0) return "（会议名称）";
    return issuer.substring(0, i) + "第　届" + issuer.substring(i) + "第　次会议";
  }

  private static Map<String, Object> announcement(Announcement a, Metadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("number", a.number());
    int at = a.number().lastIndexOf("公告");
    out.put("issuer", at > 0 ? a.number().substring(0, at) : m.issuer());
    String tail = at >= 0 ? a.number().substring(at + 2) : a.number();
    Matcher o = ORDINAL.matcher(tail);
    out.put("ordinal", o.find() ? "第" + o.group(1) + "号" : tail);
    out.put("date", ChineseDates.format(a.date()));
    out.put("isoDate", a.date().toString());
    return out;
  }

  private static Map<String, Object> effective(Effective e, Metadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (e instanceof Effective.OnDate d) {
      out.put("date", ChineseDates.format(d.date()));
      out.put("isoDate", d.date().toString());
      out.put("text", "自" + ChineseDates.format(d.date()) + "起施行");
      out.put("onPromulgation", false);
    } else {
      out.put("text", "自公布之日起施行");
      out.put("onPromulgation", true);
    }
    return out;
  }

  /**
   * The opinions received (征求意见): the counts, and {@code text} — 共收到意见6条，其中采纳2条、部分采纳1条、
   * 未采纳2条 — with 待定 named only when some are still open.
   */
  static Map<String, Object> reviews(Map<String, Integer> c) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : List.of("received", "adopted", "partlyAdopted", "notAdopted", "pending")) out.put(k, c.getOrDefault(k, 0));
    StringBuilder s = new StringBuilder("共收到意见").append(out.get("received")).append("条");
    if ((Integer) out.get("received") > 0) {
      s.append("，其中采纳").append(out.get("adopted")).append("条、部分采纳").append(out.get("partlyAdopted")).append("条、未采纳")
          .append(out.get("notAdopted")).append("条");
      if ((Integer) out.get("pending") > 0) s.append("、待定").append(out.get("pending")).append("条");
    }
    out.put("text", s.toString());
    return out;
  }

  static Map<String, Object> counts(Regulation r) {
    Map<String, Object> c = new LinkedHashMap<>();
    List<Division> divs = r.divisions();
    int parts = count(divs, DivisionKind.编);
    int subParts = count(divs, DivisionKind.分编);
    int chapters = count(divs, DivisionKind.章);
    int sections = count(divs, DivisionKind.节);
    List<Article> arts = r.articles();
    int paragraphs = 0;
    int items = 0;
    int subItems = 0;
    for (Article a : arts) {
      paragraphs += a.paragraphs().size();
      for (Paragraph p : a.paragraphs()) {
        items += p.items().size();
        for (Item i : p.items()) subItems += i.subItems().size();
      }
    }
    c.put("parts", parts);
    c.put("subParts", subParts);
    c.put("chapters", chapters);
    c.put("sections", sections);
    c.put("articles", arts.size());
    c.put("paragraphs", paragraphs);
    c.put("items", items);
    c.put("subItems", subItems);
    StringBuilder s = new StringBuilder("共");
    if (parts > 0) s.append(ChineseNumerals.format(parts)).append("编");
    if (chapters > 0) s.append(ChineseNumerals.format(chapters)).append("章");
    if (sections > 0) s.append(ChineseNumerals.format(sections)).append("节");
    s.append(arts.isEmpty() ? "零" : ChineseNumerals.format(arts.size())).append("条");
    c.put("structure", s.toString());
    c.put("chapterNames", divs.stream().filter(d -> d.kind() == DivisionKind.章).map(Division::name).collect(Collectors.joining("、")));
    return c;
  }

  private static int count(List<Division> divs, DivisionKind k) {
    return (int) divs.stream().filter(d -> d.kind() == k).count();
  }

  /** The comparison keys templates may rely on; a missing key counts 0. */
  static final List<String> COMPARISON_KEYS = List.of("modified", "inserted", "deleted", "moved", "renumbered");

  static Map<String, Object> comparison(Map<String, Integer> summary) {
    Map<String, Object> c = new LinkedHashMap<>();
    for (String k : COMPARISON_KEYS) c.put(k, summary.getOrDefault(k, 0));
    summary.forEach((k, v) -> c.putIfAbsent(k, v));
    List<String> parts = new ArrayList<>();
    add(parts, "修改", (Integer) c.get("modified"), "处");
    add(parts, "新增", (Integer) c.get("inserted"), "条");
    add(parts, "删去", (Integer) c.get("deleted"), "条");
    add(parts, "移动", (Integer) c.get("moved"), "条");
    c.put("summary", parts.isEmpty() ? "未作修改" : String.join("、", parts));
    return c;
  }

  private static void add(List<String> parts, String verb, Integer n, String unit) {
    // with a measure word two is 两: 修改两处、新增两条
    if (n != null && n > 0 && n <= 9999) parts.add(verb + (n == 2 ? "两" : ChineseNumerals.format(n)) + unit);
  }

  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十百零]+、");

  static Map<String, Object> amendment(Regulation r, DocumentInput in) throws RegdraftException {
    Map<String, Object> a = new LinkedHashMap<>();
    List<String> plain = in.instructions().stream().map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> NUMBERED.matcher(s).replaceFirst("")).toList();
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < plain.size() && i < 9999; i++) numbered.add(ChineseNumerals.format(i + 1) + "、" + plain.get(i));
    a.put("instructions", plain);
    a.put("numbered", numbered);
    a.put("count", plain.size());
    a.put("decisionTitle", "关于修改" + BookTitles.quote(r.title()) + "的决定");
    String eff = in.options().get("effective");
    String effText;
    if (eff == null) effText = "自" + BLANK_DATE + "起施行";
    else if (eff.strip().equals(Effective.ON_PROMULGATION) || eff.strip().equals("公布")) effText = "自公布之日起施行";
    else effText = "自" + ChineseDates.format(optionDate(in, "effective").orElseThrow()) + "起施行";
    a.put("effectiveText", effText);
    return a;
  }

  private static Optional<LocalDate> optionDate(DocumentInput in, String key) throws RegdraftException {
    String v = in.options().get(key);
    if (v == null) return Optional.empty();
    Optional<LocalDate> d = ChineseFunctions.parseDate(v);
    if (d.isEmpty()) throw new RegdraftException("--set " + key + "=" + v + "：不是日期（应写作 2020-10-16 或 2020年10月16日）");
    return d;
  }
}
