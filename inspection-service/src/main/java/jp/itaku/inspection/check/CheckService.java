package jp.itaku.inspection.check;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.plan.PlanEntry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CheckService {

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    public record NewCheck(UUID planEntryId, LocalDate performedOn, String place, List<String> attendees,
                           PlanEntry.Method method, String methodReason) {
    }

    /** Opens the log of an inspection of a plan entry's node, with the guideline's checklist to fill in. */
    @Transactional
    public InspectionCheck create(NewCheck request) {
        PlanEntry entry = PlanEntry.findVisible(request.planEntryId()).orElseThrow(() -> ItakuException.notFound("検査計画"));
        if (entry.status != PlanEntry.Status.OPEN) {
            throw ItakuException.conflict("終了した検査計画には検査記録を作成できません。");
        }
        requireMayInspect(entry.nodeId, entry.inspectedBy);
        if (request.performedOn().isAfter(clock.today())) {
            throw ItakuException.invalid("performedOn", "実施日に未来の日付は指定できません。");
        }
        PlanEntry.Method method = request.method() == null ? entry.method : request.method();
        String reason = blankToNull(request.methodReason());
        if (reason == null && method == entry.method) {
            reason = entry.methodReason;
        }
        if (method != PlanEntry.Method.ONSITE && reason == null) {
            throw ItakuException.invalid("methodReason", "実地以外の方法（リモート・書面）で検査した場合は理由を入力してください。");
        }
        InspectionCheck check = new InspectionCheck();
        check.id = UUID.randomUUID();
        check.nodeId = entry.nodeId;
        check.planEntryId = entry.id;
        check.engagementId = entry.engagementId;
        check.performedOn = request.performedOn();
        check.place = request.place().strip();
        check.attendees = String.join("\n", request.attendees().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        check.method = method;
        check.methodReason = method == PlanEntry.Method.ONSITE ? null : reason;
        check.inspector = caller.userName();
        check.status = InspectionCheck.Status.DRAFT;
        check.createdAt = clock.now();
        check.createdBy = caller.userName();
        check.persist();
        int position = 0;
        for (Checklist.Item template : Checklist.ITEMS) {
            CheckItem item = new CheckItem();
            item.checkId = check.id;
            item.code = template.code();
            item.position = position++;
            item.persist();
        }
        return check;
    }

    @Transactional
    public CheckItem record(UUID checkId, String code, CheckItem.Result result, String note, LocalDate deadline) {
        InspectionCheck check = draft(checkId);
        CheckItem item = CheckItem.<CheckItem>find("checkId = ?1 and code = ?2", check.id, code).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("チェック項目「" + code + "」"));
        String text = blankToNull(note);
        if (result == CheckItem.Result.FINDING) {
            if (text == null) {
                throw ItakuException.invalid("note", "指摘事項の内容を入力してください。");
            }
            if (deadline == null || !deadline.isAfter(check.performedOn)) {
                throw ItakuException.invalid("deadline", "指摘事項には、実施日より後の改善期限を指定してください。");
            }
        }
        item.result = result;
        item.note = text;
        item.deadline = result == CheckItem.Result.FINDING ? deadline : null;
        return item;
    }

    /** Completes the log: findings become improvement requests and the node's plan moves on from this date. */
    @Transactional
    public InspectionCheck complete(UUID checkId, String summary) {
        InspectionCheck check = draft(checkId);
        List<CheckItem> items = check.items();
        List<String> open = items.stream().filter(i -> i.result == null)
                .map(i -> Checklist.item(i.code).map(Checklist.Item::category).orElse(i.code)).toList();
        if (!open.isEmpty()) {
            throw ItakuException.invalid("items", "未確認のチェック項目があります: " + String.join("、", open));
        }
        OffsetDateTime now = clock.now();
        check.status = InspectionCheck.Status.COMPLETED;
        check.summary = blankToNull(summary);
        check.completedAt = now;
        check.completedBy = caller.userName();
        for (CheckItem item : items) {
            if (item.result == CheckItem.Result.FINDING) {
                ImprovementRequest request = new ImprovementRequest();
                request.id = UUID.randomUUID();
                request.nodeId = check.nodeId;
                request.checkId = check.id;
                request.itemCode = item.code;
                request.description = item.note;
                request.deadline = item.deadline;
                request.status = ImprovementRequest.Status.OPEN;
                request.createdAt = now;
                request.createdBy = caller.userName();
                request.persist();
            }
        }
        PlanEntry entry = PlanEntry.findVisible(check.planEntryId).orElseThrow(() -> ItakuException.notFound("検査計画"));
        entry.recordDone(check.performedOn, PlanEntry.DoneKind.CHECK, caller.userName(), clock.now());
        return check;
    }

    public InspectionCheck draft(UUID checkId) {
        InspectionCheck check = InspectionCheck.findVisible(checkId).orElseThrow(() -> ItakuException.notFound("検査記録"));
        if (caller.isContractor()) {
            PlanEntry entry = PlanEntry.findVisible(check.planEntryId).orElseThrow(() -> ItakuException.notFound("検査計画"));
            requireMayInspect(check.nodeId, entry.inspectedBy);
        }
        if (check.status != InspectionCheck.Status.DRAFT) {
            throw ItakuException.conflict("完了した検査記録は変更できません。");
        }
        return check;
    }

    /**
     * Agency inspectors inspect every node; a contractor user only the nodes directly beneath its own whose plan
     * says they are inspected through the contractor above (第8-6: 委託先を通じて).
     */
    private void requireMayInspect(UUID nodeId, PlanEntry.InspectedBy inspectedBy) {
        if (!caller.isContractor()) {
            return;
        }
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("検査計画"));
        String parentOrg = node.parentId == null ? null
                : ChainNode.findVisible(node.parentId).map(parent -> parent.orgCode).orElse(null);
        if (inspectedBy != PlanEntry.InspectedBy.PARENT || parentOrg == null
                || caller.org().filter(parentOrg::equals).isEmpty()) {
            throw ItakuException.forbidden("委託先が検査を行えるのは、委託先を通じて検査すると定められた直下の再委託先のみです。");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
