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
  /** The meeting placeholder legal staff fill in when the meeting is not yet known. */
  public static String placeholderMeeting(String issuer) {
    return issuer.replace("人民代表大会常务委员会", "第　届人民代表大会常务委员会") + "第　次会议";
  }
}
