package jp.itaku.gateway.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A service's problem+json read into {@link Problem.Answer} and shown as the page's {@link Problem}; no Quarkus. */
class ProblemTest {

    @Test
    void fieldErrorsGoBesideTheFormFieldsByTheLastSegmentOfTheirPath() {
        String body = """
                {"type":"https://itaku.jp/problems/400","title":"入力内容に誤りがあります","status":400,
                 "detail":"件名を入力してください。","instance":"/api/contracts/engagements",
                 "errors":[{"field":"create.request.title","message":"件名を入力してください。"},
                           {"field":"file.request.categories[1]","message":"区分を選んでください。"},
                           {"field":"create.request.title","message":"200文字以内で入力してください。"}],
                 "unknownMember":{"nested":true}}
                """;

        Problem problem = Problem.parse(400, body);

        assertEquals(400, problem.status());
        assertEquals("入力内容に誤りがあります", problem.title());
        assertEquals("件名を入力してください。", problem.message());
        assertEquals(Map.of("title", "件名を入力してください。 200文字以内で入力してください。",
                "categories", "区分を選んでください。"), problem.fields());
        assertEquals(List.of("title", "categories"), List.copyOf(problem.fields().keySet()), "in the service's order");
        Problem.Answer answer = Problem.read(body);
        assertEquals(400, answer.status());
        assertEquals(new Problem.FieldError("file.request.categories[1]", "区分を選んでください。"), answer.errors().get(1));
    }

    @Test
    void aRefusalWithoutBodyIsShownAsAnUnexpectedAnswerWithItsStatus() {
        for (String empty : new String[]{"", "  ", null}) {
            Problem problem = Problem.parse(409, empty);
            assertEquals(409, problem.status());
            assertEquals("エラー（HTTP 409）", problem.title());
            assertEquals("サービスから予期しない応答がありました。", problem.message());
            assertEquals(Map.of(), problem.fields());
        }
        Problem titleOnly = Problem.parse(403, "{\"title\":\"権限がありません\"}");
        assertEquals("権限がありません", titleOnly.message(), "no detail: the title is the message");
        assertEquals(Map.of(), titleOnly.fields());
    }

    @Test
    void aBodyThatIsNotAProblemObjectIsShownAsAnUnexpectedAnswer() {
        for (String notAProblem : new String[]{"<html><body>502 Bad Gateway</body></html>", "[{\"title\":\"x\"}]",
                "{\"title\":", "null", "\"text\""}) {
            assertNull(Problem.read(notAProblem), notAProblem);
            Problem problem = Problem.parse(502, notAProblem);
            assertEquals("エラー（HTTP 502）", problem.title(), notAProblem);
            assertEquals(Map.of(), problem.fields(), notAProblem);
        }
    }
}
