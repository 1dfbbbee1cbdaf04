package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code PUT /api/inspections/self-reports/{id}/answers}: every question's answer as typed ({@code AnswersRequest}). */
public record AnswersInput(List<AnswerInput> answers) {

    public record AnswerInput(String questionId, String answer, String comment) {
    }
}
