package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 职称 and 联系电话 on the 申报表, as NominationValidator checks them. */
class NomineeContactFieldsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13907131234",
                "19912345678",
                "027-87654321",
                "02787654321",
                "0710-3456789",
                "027-87654321-806",
                " 13907131234 "
            })
    void aMainlandMobileOrALandlineWithAreaCodeIsAPhoneNumber(String phone) {
        assertThat(problemsOf("phone", phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345",
                "1390713123",
                "139071312345",
                "12907131234",
                "23907131234",
                "87654321",
                "027-8765432x",
                "+86 13907131234",
                "<b>13907131234</b>",
                "027-87654321-1234567"
            })
    void anythingElseIsRefusedNamingTheField(String phone) {
        assertThat(problemsOf("phone", phone)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("phone");
            assertThat(p.code()).isEqualTo("PHONE_INVALID");
            assertThat(p.message()).contains("联系电话");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void aPhoneNumberIsRequired(String phone) {
        assertThat(problemsOf("phone", phone)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("REQUIRED");
            assertThat(p.message()).isEqualTo("请填写联系电话");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aTitleIsRequired(String title) {
        assertThat(problemsOf("title", title)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.code()).isEqualTo("REQUIRED");
            assertThat(p.message()).isEqualTo("请填写职称");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 51})
    void aTitleHoldsFiftyCharacters(int length) {
        assertThat(problemsOf("title", "工".repeat(length)))
                .extracting(FieldProblem::code)
                .isEqualTo(length <= 50 ? List.of() : List.of("TOO_LONG"));
    }

    private static List<FieldProblem> problemsOf(String field, String value) {
        Map<String, Object> fields = new HashMap<>(Map.of(
                "cycleId", "2026",
                "nomineeName", "王芳",
                "organization", "武汉钢铁集团",
                "position", "质量检验班班长",
                "positionLevel", "FRONTLINE",
                "recommendingUnit", "青山区质量强区办",
                "recommendingOpinion", "同意推荐",
                "summary", "长期从事质量检验工作。",
                "qualityWorkYears", 12,
                "materialsDeclaredTrue", true));
        fields.put("title", "高级工程师");
        fields.put("phone", "13907131234");
        fields.put(field, value);
        NominationRequest request = NominationRequest.from((name, type) -> fields.get(name));
        try {
            NominationValidator.check(request, 2026, Set.of(), LocalDate.of(2026, 3, 1))
                    .throwIfAny();
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
    }
}
