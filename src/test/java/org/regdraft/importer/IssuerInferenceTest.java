package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.amend.DecisionHeader;
import org.regdraft.model.HistoryEvent;

/** Issue 15 item 7: the issuer from the first 题注 event, and the meeting placeholder it gives. */
class IssuerInferenceTest {
  static String issuer(String event) {
    return MetadataInference.issuer(List.of(new HistoryEvent(LocalDate.of(2020, 1, 1), event)));
  }

  @Test
  void nationalLawsNameTheCongressOrItsStandingCommittee() {
    assertThat(issuer("第五届全国人民代表大会第二次会议通过")).isEqualTo("全国人民代表大会");
    assertThat(issuer("第十三届全国人民代表大会常务委员会第二十四次会议通过")).isEqualTo("全国人民代表大会常务委员会");
    assertThat(DecisionHeader.placeholderMeeting("全国人民代表大会常务委员会")).isEqualTo("第十四届全国人民代表大会常务委员会第　次会议");
    assertThat(DecisionHeader.placeholderMeeting("全国人民代表大会")).isEqualTo("第十四届全国人民代表大会第　次会议");
  }

  @Test
  void judicialInterpretationsNameTheCourtOrProcuratorate() {
    // as the real 题注 in ../shared/decisions/after read
    assertThat(issuer("由最高人民法院审判委员会第1746次会议通过")).isEqualTo("最高人民法院");
    assertThat(issuer("最高人民检察院第十三届检察委员会第五十八次会议通过")).isEqualTo("最高人民检察院");
    assertThat(issuer("最高人民法院审判委员会第1468次会议、最高人民检察院第十一届检察委员会第二十二次会议通过"))
        .isEqualTo("最高人民法院、最高人民检察院");
    assertThat(DecisionHeader.placeholderMeeting("最高人民法院")).isEqualTo("最高人民法院审判委员会第　次会议");
    assertThat(DecisionHeader.placeholderMeeting("最高人民法院、最高人民检察院"))
        .isEqualTo("最高人民法院审判委员会第　次会议、最高人民检察院第　届检察委员会第　次会议");
  }

  @Test
  void localRegulationsNameTheLocalStandingCommittee() {
    assertThat(issuer("安阳市第十四届人民代表大会常务委员会第十五次会议通过")).isEqualTo("安阳市人民代表大会常务委员会");
    assertThat(issuer("北京市第十五届人大常委会第五次会议通过")).isEqualTo("北京市人民代表大会常务委员会");
    assertThat(DecisionHeader.placeholderMeeting("安阳市人民代表大会常务委员会")).isEqualTo("安阳市第　届人民代表大会常务委员会第　次会议");
    assertThat(DecisionHeader.placeholderMeeting("安阳市人民政府")).isEqualTo("安阳市人民政府第　次常务会议");
    assertThat(issuer("2020年通过")).isEmpty();
  }
}
