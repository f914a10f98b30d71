package org.regdraft.amend;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the decision says about itself rather than about the text: who decides, at which meeting,
 * when it was adopted, when it takes effect.
 *
 * @param issuer 安阳市人民代表大会常务委员会
 * @param meeting 安阳市第十五届人民代表大会常务委员会第二十次会议; a placeholder when unknown
 * @param adopted the meeting date, for the 题注 and the history event
 * @param effective the date the decision takes effect; empty = 自公布之日起施行
 */
public record DecisionHeader(String issuer, String meeting, Optional<LocalDate> adopted, Optional<LocalDate> effective) {
  /** The current 届 of the 全国人民代表大会 (2023–2028), which every national placeholder names. */
  static final String NATIONAL_TERM = "第十四届";

  /**
   * The meeting placeholder legal staff fill in when the meeting is not yet known, in the words the
   * body uses for its own meetings: 第十四届全国人民代表大会常务委员会第　次会议, 最高人民法院审判委员会第　次会议,
   * 最高人民检察院第　届检察委员会第　次会议, 安阳市第　届人民代表大会常务委员会第　次会议, 安阳市人民政府第　次常务会议.
   */
  public static String placeholderMeeting(String issuer) {
    if (issuer.startsWith("全国人民代表大会")) return NATIONAL_TERM + issuer + "第　次会议";
    if (issuer.contains("最高人民法院") || issuer.contains("最高人民检察院")) {
      StringBuilder sb = new StringBuilder();
      for (String body : issuer.split("、")) {
        if (sb.length() > 0) sb.append("、");
        if (body.equals("最高人民法院")) sb.append("最高人民法院审判委员会第　次会议");
        else if (body.equals("最高人民检察院")) sb.append("最高人民检察院第　届检察委员会第　次会议");
        else sb.append(body).append("第　次会议");
      }
      return sb.toString();
    }
    if (issuer.endsWith("人民代表大会常务委员会")) {
      return issuer.substring(0, issuer.length() - "人民代表大会常务委员会".length()) + "第　届人民代表大会常务委员会第　次会议";
    }
    if (issuer.endsWith("人民代表大会")) {
      return issuer.substring(0, issuer.length() - "人民代表大会".length()) + "第　届人民代表大会第　次会议";
    }
    if (issuer.endsWith("人民政府")) return issuer + "第　次常务会议";
    return issuer + "第　次会议";
  }
}
