package jp.itaku.inspection.selfreport;

import jp.itaku.inspection.notice.NoticeMessages;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.security.Caller;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceStore;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.TenantPolicy;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SelfReportService {

    @Inject
    ItakuClock clock;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Caller caller;

    @Inject
    NoticeMessages notices;

    @Inject
    AnswerStore answers;

    @Inject
    EvidenceStore evidence;

    /** The tenant's current questionnaire; the first use creates version 1 from the guideline defaults. */
    @Transactional
    public Questionnaire current() {
        return Questionnaire.latest().orElseGet(() -> publish("年次自己点検票", Question.DEFAULTS, "system"));
    }

    @Transactional
    public Questionnaire publish(String title, List<Question> questions, String by) {
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                throw ItakuException.invalid("questions", "設問ID「" + q.id() + "」が重複しています。");
            }
        }
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.id = UUID.randomUUID();
        questionnaire.version = Questionnaire.latest().map(q -> q.version + 1).orElse(1);
        questionnaire.title = title.strip();
        questionnaire.questions = write(questions);
        questionnaire.createdAt = clock.now();
        questionnaire.createdBy = by;
        questionnaire.persist();
        return questionnaire;
    }

    @Transactional
    public SelfReport start(UUID nodeId) {
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
        requireOwnOrganisation(node);
        if (node.status != ChainNode.Status.ACTIVE) {
            throw ItakuException.conflict("承認済みで連鎖に含まれている委託先のみ自己点検を報告できます。");
        }
        if (SelfReport.count("nodeId = ?1 and status in ?2", nodeId,
                List.of(SelfReport.Status.DRAFT, SelfReport.Status.SUBMITTED)) > 0) {
            throw ItakuException.conflict("作成中または確認待ちの自己点検報告がすでにあります。");
        }
        SelfReport report = new SelfReport();
        report.id = UUID.randomUUID();
        report.nodeId = node.id;
        report.engagementId = node.engagementId;
        report.questionnaireId = current().id;
        report.status = SelfReport.Status.DRAFT;
        report.createdAt = clock.now();
        report.createdBy = caller.userName();
        report.persist();
        return report;
    }

    public SelfReport saveAnswers(UUID id, List<Answer> given) {
        SelfReport report = draft(id);
        Map<String, Question> questions = questionsOf(report).stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Answer answer : given) {
            Question question = questions.get(answer.questionId());
            if (question == null) {
                errors.add(new Problem.FieldError("answers", "設問「" + answer.questionId() + "」はこの自己点検票にありません。"));
            } else if (!seen.add(answer.questionId())) {
                errors.add(new Problem.FieldError("answers", "設問「" + answer.questionId() + "」への回答が重複しています。"));
            } else if (question.kind() == Question.Kind.YES_NO && answer.answer() != null
                    && !List.of("YES", "NO", "NA").contains(answer.answer())) {
                errors.add(new Problem.FieldError("answers", "設問「" + answer.questionId() + "」には YES・NO・NA のいずれかで回答してください。"));
            }
        }
        if (!errors.isEmpty()) {
            throw ItakuException.invalid(errors);
        }
        answers.saveDraft(report.id, TenantContext.currentTenant(), report.nodeId, given, caller.userName());
        return report;
    }

    public EvidenceFile attach(UUID id, FileUpload upload) {
        SelfReport report = draft(id);
        return evidence.store(EvidenceFile.OwnerKind.SELF_REPORT, report.id, report.nodeId, upload, () -> draft(id));
    }

    /** Submits once: the conditional update lets exactly one submission through, later ones get 409. */
    @Transactional
    public SelfReport submit(UUID id) {
        SelfReport report = draft(id);
        Set<String> answered = answers.answers(id).stream().filter(a -> a.answer() != null && !a.answer().isBlank())
                .map(Answer::questionId).collect(Collectors.toSet());
        List<String> missing = questionsOf(report).stream().filter(q -> q.required() && !answered.contains(q.id()))
                .map(Question::id).toList();
        if (!missing.isEmpty()) {
            throw ItakuException.invalid("answers", "未回答の必須設問があります: " + String.join("、", missing));
        }
        int updated = SelfReport.update("status = ?1, submittedAt = ?2, submittedBy = ?3 where id = ?4 and status = ?5",
                SelfReport.Status.SUBMITTED, clock.now(), caller.userName(), id, SelfReport.Status.DRAFT);
        if (updated != 1) {
            throw alreadySubmitted();
        }
        answers.markSubmitted(id);
        SelfReport.getEntityManager().refresh(report);
        return report;
    }

    /** The inspector accepts or returns a submitted report; acceptance counts as the node's inspection where allowed. */
    @Transactional
    public SelfReport review(UUID id, boolean accept, String comment) {
        SelfReport report = SelfReport.findVisible(id).orElseThrow(() -> ItakuException.notFound("自己点検報告"));
        if (report.status != SelfReport.Status.SUBMITTED) {
            throw ItakuException.conflict(report.status == SelfReport.Status.DRAFT
                    ? "提出前の自己点検報告は確認できません。" : "この自己点検報告はすでに確認済みです。");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!accept && text == null) {
            throw ItakuException.invalid("comment", "差し戻す理由（コメント）を入力してください。");
        }
        report.reviewedAt = clock.now();
        report.reviewedBy = caller.userName();
        report.reviewComment = text;
        if (!accept) {
            report.status = SelfReport.Status.RETURNED;
            report.satisfiesPlan = false;
            notifyReturned(report, text);
            return report;
        }
        report.status = SelfReport.Status.ACCEPTED;
        Engagement engagement = Engagement.findVisible(report.engagementId).orElseThrow(() -> ItakuException.notFound("委託案件"));
        boolean allowed = TenantPolicy.current().policy().selfReportSatisfies(engagement.sensitivity);
        PlanEntry entry = PlanEntry.forNode(report.nodeId).filter(p -> p.status == PlanEntry.Status.OPEN).orElse(null);
        report.satisfiesPlan = allowed && entry != null;
        if (report.satisfiesPlan) {
            entry.recordDone(report.submittedAt.atZoneSameInstant(JapaneseDates.TOKYO).toLocalDate(),
                    PlanEntry.DoneKind.SELF_REPORT, caller.userName(), clock.now());
        }
        return report;
    }

    /** The contractor's users hear by mail that their report came back, with the inspector's reason. */
    private void notifyReturned(SelfReport report, String reason) {
        ChainNode node = ChainNode.<ChainNode>findByIdOptional(report.nodeId).orElse(null);
        if (node == null || node.orgCode == null) {
            return;
        }
        notices.post(NoticeMessages.Kind.SELF_REPORT_RETURNED, report.id, clock.today(),
                NoticeMessages.Audience.ORG, node.orgCode, "自己点検報告が差し戻されました：" + node.name,
                node.name + "の自己点検報告が差し戻されました。理由：" + reason + "　内容を修正して再提出してください。",
                "/self-reports/" + report.id);
    }

    public List<Question> questionsOf(SelfReport report) {
        Questionnaire questionnaire = Questionnaire.<Questionnaire>findByIdOptional(report.questionnaireId).orElseThrow();
        return read(questionnaire.questions);
    }

    public SelfReport draft(UUID id) {
        SelfReport report = SelfReport.findVisible(id).orElseThrow(() -> ItakuException.notFound("自己点検報告"));
        ChainNode node = ChainNode.findVisible(report.nodeId).orElseThrow(() -> ItakuException.notFound("自己点検報告"));
        requireOwnOrganisation(node);
        if (report.status != SelfReport.Status.DRAFT) {
            throw alreadySubmitted();
        }
        return report;
    }

    private void requireOwnOrganisation(ChainNode node) {
        if (caller.org().filter(org -> org.equals(node.orgCode)).isEmpty()) {
            throw ItakuException.forbidden("自己点検報告は、その委託先の担当者のみが作成・提出できます。");
        }
    }

    private static ItakuException alreadySubmitted() {
        return ItakuException.conflict("この自己点検報告は提出済みのため変更・再提出できません（差し戻された場合は新しい報告を作成してください）。");
    }

    static List<Question> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Question>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(List<Question> questions) {
        try {
            return JSON.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
