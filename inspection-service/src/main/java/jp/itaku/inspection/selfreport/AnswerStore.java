package jp.itaku.inspection.selfreport;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.UUID;

/** The answers of self-reports, one MongoDB document per report (same id as its row in PostgreSQL). */
@ApplicationScoped
public class AnswerStore {

    private final MongoCollection<Document> reports;

    AnswerStore(MongoDatabase database) {
        this.reports = database.getCollection("self_reports");
    }

    /** Replaces the draft's answers; a submitted document is never replaced. */
    public void saveDraft(UUID id, String tenant, UUID nodeId, List<Answer> answers, String by) {
        Document doc = new Document("_id", id.toString()).append("tenant", tenant).append("nodeId", nodeId.toString())
                .append("answers", answers.stream().map(a -> new Document("questionId", a.questionId())
                        .append("answer", a.answer()).append("comment", a.comment())).toList())
                .append("submitted", false).append("updatedAt", new Date()).append("updatedBy", by);
        reports.replaceOne(Filters.and(Filters.eq("_id", id.toString()), Filters.eq("submitted", false)), doc,
                new ReplaceOptions().upsert(true));
    }

    public void markSubmitted(UUID id) {
        reports.updateOne(Filters.eq("_id", id.toString()), Updates.set("submitted", true));
    }

    public List<Answer> answers(UUID id) {
        Document doc = reports.find(Filters.eq("_id", id.toString())).first();
        if (doc == null) {
            return List.of();
        }
        return doc.getList("answers", Document.class).stream()
                .map(d -> new Answer(d.getString("questionId"), d.getString("answer"), d.getString("comment")))
                .toList();
    }
}
